/**
 * Monthly filing of triggered inspections (触发式检查按月汇总备案, R-SV-1, 鸠江 JJ 7): on the first working day of each
 * month every agency's triggered tasks of the previous month are summarized into a filing (月度备案), which the
 * agency's head submits (报送) and the justice bureau (司法局) acknowledges (备案) in Tasklist.
 */
package cn.lawfulinspection.filing;
