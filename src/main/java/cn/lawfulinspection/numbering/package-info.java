/**
 * Numbers that people read and cite (任务编号, 计划编号), race-free and gap-free per kind, agency and year (R-IG-5):
 * {@link cn.lawfulinspection.numbering.NumberCounters}.
 */
package cn.lawfulinspection.numbering;
