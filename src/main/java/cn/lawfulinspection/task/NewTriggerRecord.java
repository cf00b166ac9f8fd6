package cn.lawfulinspection.task;

import java.time.LocalDate;

/**
 * What agency staff register as a trigger record (R-TK-10).
 *
 * @param kind 投诉举报, 转办交办, 执法办案, 数据监测, 企业申请, 媒体曝光, 上级交办 … (the task's trigger)
 * @param source who or what it came from (e.g. 12345 政务服务热线, 市局转办函 文号, 监测平台)
 * @param hotlineTicket the 12345 hotline ticket number of a complaint, when there is one
 * @param receivedOn the day it was received (not in the future)
 * @param content what it says
 * @param enterpriseCode the enterprise it concerns (统一社会信用代码)
 */
public record NewTriggerRecord(TriggerReason kind, String source, String hotlineTicket, LocalDate receivedOn,
    String content, String enterpriseCode) {}
