package cn.lawfulinspection.identity.internal;

import cn.lawfulinspection.identity.AgencyGroups;
import cn.lawfulinspection.identity.RoleGroups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo accounts (embedded default and tests only): heads, inspectors and supervisors of the four demo agencies, each
 * with the password {@code inspection.demo-data.password} ({@code INSPECTION_DEMO_PASSWORD}, default {@code demo}).
 * Idempotent: existing users and memberships are kept as they are ({@link DemoSettings} replaces a stored
 * {@code demo} when another password is configured).
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "inspection.demo-data.enabled", havingValue = "true")
class DemoUsers implements ApplicationRunner {

  /** A demo agency of the shared identity contract. */
  record DemoAgency(String code, String name) {}

  /** A demo account: Chinese family and given name, agency, role. */
  record DemoUser(String id, String lastName, String firstName, String agency, String role) {}

  static final List<DemoAgency> AGENCIES = List.of(
      new DemoAgency("scjg", "市场监督管理局"),
      new DemoAgency("yjgl", "应急管理局"),
      new DemoAgency("sthj", "生态环境局"),
      new DemoAgency("sfj", "司法局"));

  static final List<DemoUser> USERS = List.of(
      new DemoUser("zhangwei", "张", "伟", "scjg", RoleGroups.HEAD),
      new DemoUser("liuyang", "刘", "洋", "scjg", RoleGroups.INSPECTOR),
      new DemoUser("wangfang", "王", "芳", "scjg", RoleGroups.INSPECTOR),
      new DemoUser("lijun", "李", "军", "scjg", RoleGroups.INSPECTOR),
      new DemoUser("zhaolei", "赵", "磊", "yjgl", RoleGroups.HEAD),
      new DemoUser("sunli", "孙", "丽", "yjgl", RoleGroups.INSPECTOR),
      new DemoUser("zhouqiang", "周", "强", "yjgl", RoleGroups.INSPECTOR),
      new DemoUser("wuhua", "吴", "华", "sthj", RoleGroups.HEAD),
      new DemoUser("zhengkai", "郑", "凯", "sthj", RoleGroups.INSPECTOR),
      new DemoUser("fengxue", "冯", "雪", "sthj", RoleGroups.INSPECTOR),
      new DemoUser("huangmin", "黄", "敏", "sfj", RoleGroups.SUPERVISOR),
      new DemoUser("linhai", "林", "海", "sfj", RoleGroups.SUPERVISOR),
      // 县综合执法办 (YH 2(3)): a role of its own, no agency
      new DemoUser("qianjin", "钱", "进", null, RoleGroups.COUNTY_OFFICE));

  private final IdentityService identityService;
  private final AgencyGroups agencyGroups;
  private final String password;

  DemoUsers(IdentityService identityService, AgencyGroups agencyGroups,
      @Value("${inspection.demo-data.password:" + DemoSettings.DEMO_PASSWORD + "}") String password) {
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("inspection.demo-data.password (INSPECTION_DEMO_PASSWORD) must not be blank");
    }
    this.identityService = identityService;
    this.agencyGroups = agencyGroups;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    AGENCIES.forEach(a -> agencyGroups.ensureGroupsFor(a.code(), a.name()));
    for (DemoUser u : USERS) {
      ensureUser(u);
      for (String group : groupsOf(u)) {
        if (identityService.createUserQuery().userId(u.id()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(u.id(), group);
        }
      }
    }
  }

  /** Role group, the agency's all-staff group, and the agency's role group (none for supervisors). */
  static List<String> groupsOf(DemoUser u) {
    return switch (u.role()) {
      case RoleGroups.HEAD -> List.of(RoleGroups.HEAD, AgencyGroups.staffGroup(u.agency()),
          AgencyGroups.headGroup(u.agency()));
      case RoleGroups.INSPECTOR -> List.of(RoleGroups.INSPECTOR, AgencyGroups.staffGroup(u.agency()),
          AgencyGroups.inspectorGroup(u.agency()));
      default -> u.agency() == null ? List.of(u.role()) : List.of(u.role(), AgencyGroups.staffGroup(u.agency()));
    };
  }

  private void ensureUser(DemoUser u) {
    if (identityService.createUserQuery().userId(u.id()).count() > 0) {
      return;
    }
    User user = identityService.newUser(u.id());
    // Camunda's webapps show "firstName lastName"; a Chinese name reads family name first, so the whole name is
    // kept in firstName and lastName stays empty
    user.setFirstName(u.lastName() + u.firstName());
    user.setLastName("");
    user.setPassword(password);
    user.setEmail(u.id() + "@demo.lawfulinspection.cn");
    identityService.saveUser(user);
  }
}
