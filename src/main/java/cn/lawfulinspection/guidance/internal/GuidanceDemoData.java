package cn.lawfulinspection.guidance.internal;

import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.guidance.GuidanceKind;
import cn.lawfulinspection.guidance.GuidanceRequest;
import cn.lawfulinspection.guidance.GuidanceService;
import cn.lawfulinspection.identity.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo guidance (R-NT-4, R-TK-9): a request for guidance received by phone by 刘洋 (scjg) and answered by him at once,
 * on the platform's clock, so supervision's guidance list shows one answered on time. Idempotent: nothing when any
 * guidance record exists.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "inspection.demo-data.enabled", havingValue = "true")
class GuidanceDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(GuidanceDemoData.class);
  static final String STAFF = "liuyang";

  private final GuidanceEntities records;
  private final GuidanceService guidance;
  private final EnterpriseService enterprises;
  private final RunAs runAs;

  GuidanceDemoData(GuidanceEntities records, GuidanceService guidance, EnterpriseService enterprises, RunAs runAs) {
    this.records = records;
    this.guidance = guidance;
    this.enterprises = enterprises;
    this.runAs = runAs;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (records.count() > 0) {
      return;
    }
    try {
      enterprises.search("", 0, 1).stream().findFirst().ifPresent(e -> runAs.as(STAFF, () -> {
        GuidanceRequest request = guidance.registerByPhone(e.creditCode(), GuidanceKind.GUIDANCE,
            "新开设的冷链仓库如何落实进货查验和温度记录要求？希望得到书面指导。", "0523-88000000");
        GuidanceRequest answered = guidance.answer(request.id(), "请按《食品安全法》第五十三条建立进货查验记录，冷链食品每日"
            + "至少两次记录库温并保存不少于两年；附件为自查表，可对照自查。如需入企走访指导，请在服务页面邀约。", false);
        log.info("demo guidance request {} answered on time ({})", answered.requestNumber(), answered.answeredAt());
      }));
    } catch (RuntimeException e) {
      log.error("demo guidance not created: {}", e.getMessage());
    }
  }
}
