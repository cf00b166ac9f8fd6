package cn.lawfulinspection.plan;

/**
 * What registering a submission saved: the version, its R-PL-1 flag, and a summary the approval forms show.
 *
 * @param warnings the R-PL-1 warning, or an empty string
 */
public record RegisteredPlan(long planId, String planNumber, int version, boolean late, String warnings, String summary) {}
