/**
 * Trigger records (触发记录, R-TK-10): complaints and reports (投诉举报, with the 12345 hotline ticket), referrals
 * (转办交办), cases (执法办案), data-monitoring alerts (数据监测), enterprise requests (企业申请), media exposure and
 * superior assignments, registered by an agency's staff; a triggered task links one. Also the justice bureau's
 * over-inspection exceptions (过度检查例外, R-SV-2). Implements the ports {@code task.TriggerRecords} and
 * {@code task.OverInspectionExceptions}.
 */
package cn.lawfulinspection.trigger;
