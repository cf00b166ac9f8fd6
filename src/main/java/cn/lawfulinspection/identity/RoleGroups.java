package cn.lawfulinspection.identity;

import java.util.List;

/** The Camunda groups per role (角色组). Every user of the platform is in one of them (besides their agency's groups). */
public final class RoleGroups {

  /** 执法人员: inspectors of any agency. */
  public static final String INSPECTOR = "inspector";
  /** 单位负责人: agency heads, who approve. */
  public static final String HEAD = "head";
  /** 执法监督: the justice bureau (司法局), which files plans and reads everything. */
  public static final String SUPERVISOR = "supervisor";
  /**
   * 县综合执法办: the county comprehensive enforcement office (YH 2(2), 2(3)); under Yunhe's profile it receives the
   * filings of inspections inside the quiet period (R-TK-7). A role of its own, not an agency and not the justice bureau.
   */
  public static final String COUNTY_OFFICE = "countyOffice";
  /** 系统管理员: Camunda's administrators' group; never empty (CVE-2026-77226). */
  public static final String ADMIN = "camunda-admin";

  /** Group type of the role groups. */
  public static final String TYPE_ROLE = "WORKFLOW";
  /** Group type of an agency's all-staff group {@code <code>}. */
  public static final String TYPE_AGENCY = "AGENCY";
  /** Group type of an agency's role groups {@code <code>Inspector}, {@code <code>Head}. */
  public static final String TYPE_AGENCY_ROLE = "AGENCY_ROLE";

  /** The role groups a Tasklist user may be in. */
  public static final List<String> TASKLIST_ROLES = List.of(INSPECTOR, HEAD, SUPERVISOR);

  private RoleGroups() {}
}
