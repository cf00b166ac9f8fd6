/**
 * The enterprise's evaluation of an inspection (评议, R-RS-3): once per task, after the inspectors scanned in, through
 * the follow-up link the platform sent the enterprise with the result, never the inspector's inspection code (R-IG-7);
 * supervision (执法监督, R-SV-3) reads the evaluations per agency.
 */
package cn.lawfulinspection.evaluation;
