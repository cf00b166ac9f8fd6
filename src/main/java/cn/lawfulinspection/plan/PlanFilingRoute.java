package cn.lawfulinspection.plan;

import cn.lawfulinspection.agency.Agency;
import cn.lawfulinspection.agency.AgencyLevel;
import cn.lawfulinspection.identity.AgencyGroups;
import cn.lawfulinspection.identity.RoleGroups;
import java.util.Collection;
import java.util.Comparator;

/**
 * R-PL-6 / R-PL-3: which justice bureau (司法局) a plan is filed with, by the level of the plan's (lead) agency. Plans
 * of towns and streets (乡镇、街道) are filed with the county-level justice bureau (县级司法局); county and city agencies
 * file with the justice bureau of their own level. The filing task's candidate group is the all-staff group of that
 * bureau (e.g. {@code sfj}). When no justice bureau of that level is known, any supervisor ({@code supervisor}) may
 * file. Free of Spring and of the engine.
 */
public final class PlanFilingRoute {

  private PlanFilingRoute() {}

  /** The level of the justice bureau that files plans of an agency of this level. */
  public static AgencyLevel filingLevel(AgencyLevel agencyLevel) {
    return switch (agencyLevel) {
      case TOWNSHIP, COUNTY -> AgencyLevel.COUNTY;
      case CITY -> AgencyLevel.CITY;
    };
  }

  /** The candidate group of 备案检查计划 for a plan of {@code planAgency}, among the {@code known} agencies. */
  public static String filingGroup(Agency planAgency, Collection<Agency> known) {
    AgencyLevel level = filingLevel(planAgency.level());
    return known.stream()
        .filter(a -> a.justiceBureau() && a.level() == level)
        .min(Comparator.comparing(Agency::code))
        .map(a -> AgencyGroups.staffGroup(a.code()))
        .orElse(RoleGroups.SUPERVISOR);
  }
}
