package cn.lawfulinspection.identity;

/**
 * Published when an agency's Camunda groups exist (created or found), so that other modules (e.g. {@code tasklist})
 * can set up what each agency needs.
 *
 * @param agencyCode the agency's code, e.g. {@code scjg}
 * @param agencyName the agency's Chinese name
 */
public record AgencyGroupsEnsured(String agencyCode, String agencyName) {}
