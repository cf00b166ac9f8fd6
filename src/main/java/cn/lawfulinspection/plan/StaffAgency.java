package cn.lawfulinspection.plan;

import java.util.List;

/**
 * The agency a user works for and the items its plans may use, as the fill-plan form offers them.
 *
 * @param itemOptions {@code {label, value}} pairs in the shape Camunda Forms' {@code valuesKey} expects
 */
public record StaffAgency(String agencyCode, String agencyName, List<Option> itemOptions) {

  public record Option(String label, String value) {}
}
