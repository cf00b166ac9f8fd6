/**
 * The enterprise's evaluation of an inspection (评议, R-RS-3): once per task, through the inspection code, after the
 * inspectors scanned in; supervision (执法监督, R-SV-3) reads the evaluations per agency.
 */
package cn.lawfulinspection.evaluation;
