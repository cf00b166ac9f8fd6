package cn.lawfulinspection.support;

import cn.lawfulinspection.enterprise.CreditCode;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.enterprise.internal.TestEnterprises;
import cn.lawfulinspection.task.InspectionTaskService;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Enterprises for tests that need one without tasks (the annual cap R-TK-5 and the one-enterprise-per-task tests
 * depend on it): a demo enterprise not handed out before in this application context, or, when the whole suite has
 * used them up (it shares one context and one database), a new one saved through the enterprise module.
 */
@Component
public class FreshEnterprises {

  private final EnterpriseService enterprises;
  private final InspectionTaskService tasks;
  private final TestEnterprises writer;
  private final Set<String> handedOut = new HashSet<>();
  private int created;

  FreshEnterprises(EnterpriseService enterprises, InspectionTaskService tasks, TestEnterprises writer) {
    this.enterprises = enterprises;
    this.tasks = tasks;
    this.writer = writer;
  }

  /**
   * An enterprise of the tier, off both lists, without tasks. {@code D} stands for "room for a few tasks": a C or D
   * enterprise not on the white list (C and D allow two tasks or more).
   */
  public synchronized Enterprise fresh(CreditTier tier) {
    Enterprise e = enterprises.search("", 0, 100).stream()
        .filter(x -> tier == CreditTier.D
            ? (x.tier() == CreditTier.C || x.tier() == CreditTier.D) && !x.whiteListed()
            : x.tier() == tier && !x.whiteListed() && !x.keySupervision())
        .filter(x -> !handedOut.contains(x.creditCode()))
        .filter(x -> tasks.ofEnterprise(x.creditCode(), null).isEmpty())
        .findFirst().orElseGet(() -> created(tier));
    handedOut.add(e.creditCode());
    return e;
  }

  /** A new enterprise with a valid GB 32100 code in a range the demo data never uses. */
  private Enterprise created(CreditTier tier) {
    String code;
    do {
      String first17 = String.format(Locale.ROOT, "91321204TF%07d", ++created);
      code = first17 + CreditCode.checkCharacter(first17);
    } while (enterprises.find(code).isPresent());
    return writer.save(new Enterprise(code, "测试用第" + created + "号商贸有限公司", "泰州市姜堰区测试路" + created + "号",
        "测试联系人", tier, false, false));
  }
}
