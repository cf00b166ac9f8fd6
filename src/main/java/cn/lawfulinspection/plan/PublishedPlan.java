package cn.lawfulinspection.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A filed plan as the public listing shows it (R-PL-4, 向社会公布): no internal names, no process data. A joint plan
 * (R-PL-6) names its partner agencies ({@code partnerAgencies}, names) and the partners' items ({@code jointItems},
 * "item name（agency name）"); both are empty for a plan of one agency.
 */
public record PublishedPlan(
    String planNumber, int version, String agencyCode, String agencyName, int year, String type, String title,
    List<String> items, String method, String objectScope, LocalDate windowStart, LocalDate windowEnd,
    int annualCap, Instant filedAt, Instant publishedAt, List<String> partnerAgencies, List<String> jointItems) {}
