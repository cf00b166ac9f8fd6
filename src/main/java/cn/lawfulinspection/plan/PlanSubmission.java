package cn.lawfulinspection.plan;

/**
 * One submission of the fill-plan form, as the process hands it to {@link PlanService#register}. Which plan it adds a
 * version to follows from the process instance's binding (R-IG-3), and the submitter is the authenticated user
 * (R-IG-2): neither is part of the submission.
 *
 * @param processInstanceId the plan process instance
 */
public record PlanSubmission(String processInstanceId, PlanContent content, String notes) {}
