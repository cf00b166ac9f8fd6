package cn.lawfulinspection.inspector.internal;

import cn.lawfulinspection.inspector.EnforcementCertificate;
import cn.lawfulinspection.inspector.Inspector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo inspectors: one for every account of the shared identity contract (userId = the account) and some without an
 * account, among them one with an expired, one with a revoked certificate and one without certificate (R-MD-1).
 * Runs after the demo agencies; existing inspectors are left as they are.
 */
@Component
@Order(22)
@ConditionalOnProperty(name = "inspection.demo-data.enabled", havingValue = "true")
class InspectorDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InspectorDemoData.class);

  static final LocalDate VALID_FROM = LocalDate.of(2025, 1, 1);
  static final LocalDate VALID_TO = LocalDate.of(2029, 12, 31);

  /** id, name, agency, userId (or null), certificate state: V valid, E expired, R revoked, N none. */
  private static final String[][] PEOPLE = {
      {"scjg-001", "张伟", "scjg", "zhangwei", "V"},
      {"scjg-002", "刘洋", "scjg", "liuyang", "V"},
      {"scjg-003", "王芳", "scjg", "wangfang", "V"},
      {"scjg-004", "李军", "scjg", "lijun", "V"},
      {"yjgl-001", "赵磊", "yjgl", "zhaolei", "V"},
      {"yjgl-002", "孙丽", "yjgl", "sunli", "V"},
      {"yjgl-003", "周强", "yjgl", "zhouqiang", "V"},
      {"sthj-001", "吴华", "sthj", "wuhua", "V"},
      {"sthj-002", "郑凯", "sthj", "zhengkai", "V"},
      {"sthj-003", "冯雪", "sthj", "fengxue", "V"},
      {"sfj-001", "黄敏", "sfj", "huangmin", "V"},
      {"sfj-002", "林海", "sfj", "linhai", "V"},
      {"scjg-005", "陈静", "scjg", null, "V"},
      {"scjg-006", "杨帆", "scjg", null, "V"},
      {"scjg-007", "徐明", "scjg", null, "E"},
      {"scjg-008", "马超", "scjg", null, "V"},
      {"scjg-009", "韩雪", "scjg", null, "V"},
      {"yjgl-004", "朱军", "yjgl", null, "V"},
      {"yjgl-005", "胡斌", "yjgl", null, "V"},
      {"yjgl-006", "郭丽", "yjgl", null, "R"},
      {"yjgl-007", "何平", "yjgl", null, "V"},
      {"yjgl-008", "曹磊", "yjgl", null, "V"},
      {"sthj-004", "高峰", "sthj", null, "V"},
      {"sthj-005", "罗敏", "sthj", null, "V"},
      {"sthj-006", "梁勇", "sthj", null, "V"},
      {"sthj-007", "宋佳", "sthj", null, "V"},
      {"sthj-008", "唐杰", "sthj", null, "N"},
      {"sfj-003", "谢婷", "sfj", null, "V"},
  };

  private final JpaInspectorService inspectors;

  InspectorDemoData(JpaInspectorService inspectors) {
    this.inspectors = inspectors;
  }

  static List<Inspector> inspectors() {
    List<Inspector> list = new ArrayList<>();
    for (int i = 0; i < PEOPLE.length; i++) {
      String[] p = PEOPLE[i];
      String number = "321204" + "2025" + String.format("%04d", i + 1);
      EnforcementCertificate certificate = switch (p[4]) {
        case "E" -> new EnforcementCertificate("321204" + "2020" + String.format("%04d", i + 1),
            LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31), false);
        case "R" -> new EnforcementCertificate(number, VALID_FROM, VALID_TO, true);
        case "N" -> null;
        default -> new EnforcementCertificate(number, VALID_FROM, VALID_TO, false);
      };
      list.add(new Inspector(p[0], p[1], p[2], p[3], "1385260" + String.format("%04d", 1001 + i), certificate));
    }
    return list;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<Inspector> missing = inspectors().stream().filter(i -> !inspectors.exists(i.id())).toList();
    missing.forEach(inspectors::save);
    log.info("demo inspectors: {} created, {} already present", missing.size(), PEOPLE.length - missing.size());
  }
}
