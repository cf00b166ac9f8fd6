package cn.lawfulinspection.evaluation;

import java.util.List;

/**
 * What supervision sees of the evaluations (R-SV-3 "evaluations"): how many, the average score, and each one.
 *
 * @param agencyCode the agency asked for, or {@code null} for all agencies
 * @param averageScore the mean score rounded to two decimals, {@code null} when there is none
 */
public record EvaluationSummary(String agencyCode, long count, Double averageScore, List<Evaluation> evaluations) {}
