package cn.lawfulinspection.plan;

/**
 * One submission of the fill-plan form, as the process hands it to {@link PlanService#register}.
 *
 * @param processInstanceId the plan process instance
 * @param planId the plan this process already saved a version of (a resubmission after a return), or {@code null}
 * @param amendsPlanId the filed plan this process amends, or {@code null}
 * @param submittedBy user id of the submitter
 */
public record PlanSubmission(
    String processInstanceId, Long planId, Long amendsPlanId, String agencyCode, String agencyName,
    PlanContent content, String notes, String submittedBy) {}
