package cn.lawfulinspection.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.common.Verdict;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GuidancePolicyTest {

  @Test
  @DisplayName("R-TK-9 a visit needs the enterprise's invitation or consent: none or declined is refused, invited or consented passes once answered")
  void visitNeedsConsent() {
    Verdict none = GuidancePolicy.visit(GuidanceStatus.ANSWERED, null, "入企指导后厨布局");
    Verdict declined = GuidancePolicy.visit(GuidanceStatus.ANSWERED, Consent.DECLINED, "入企指导后厨布局");

    assertThat(none.refused()).isTrue();
    assertThat(none.ruleId()).isEqualTo("R-TK-9");
    assertThat(none.message()).contains("尚未邀约或同意");
    assertThat(declined.message()).contains("不同意");
    assertThat(GuidancePolicy.visit(GuidanceStatus.ANSWERED, Consent.INVITED, "入企指导后厨布局").allowed()).isTrue();
    assertThat(GuidancePolicy.visit(GuidanceStatus.ANSWERED, Consent.CONSENTED, "入企指导后厨布局").allowed()).isTrue();
    assertThat(GuidancePolicy.visit(GuidanceStatus.AWAITING_REPLY, Consent.INVITED, "入企指导后厨布局").refused())
        .isTrue();
    assertThat(GuidancePolicy.visit(GuidanceStatus.VISITED, Consent.INVITED, "入企指导后厨布局").refused()).isTrue();
  }

  @Test
  @DisplayName("R-TK-9 a guidance record never takes an inspection result or a rectification: always refused, pointing to task registration")
  void neverAResult() {
    Verdict v = GuidancePolicy.inspectionResult();

    assertThat(v.refused()).isTrue();
    assertThat(v.ruleId()).isEqualTo("R-TK-9");
    assertThat(v.message()).contains("不能回填检查结果", "登记检查任务");
  }

  @Test
  @DisplayName("R-NT-4 an answer is given once, 5 to 2000 characters; timeliness: on time, late, overdue, pending, or no period where the locality sets none")
  void answerAndTimeliness() {
    assertThat(GuidancePolicy.answer(GuidanceStatus.AWAITING_REPLY, "请对照自查表自查。").allowed()).isTrue();
    assertThat(GuidancePolicy.answer(GuidanceStatus.AWAITING_REPLY, "好").ruleId()).isEqualTo("R-NT-4");
    assertThat(GuidancePolicy.answer(GuidanceStatus.ANSWERED, "请对照自查表自查。").refused()).isTrue();

    Instant due = Instant.parse("2026-12-09T02:00:00Z");
    assertThat(request(due, due.minusSeconds(60)).timeliness(due.plusSeconds(3600)))
        .isEqualTo(GuidanceRequest.Timeliness.ON_TIME);
    assertThat(request(due, due.plusSeconds(60)).timeliness(due.plusSeconds(3600)))
        .isEqualTo(GuidanceRequest.Timeliness.LATE);
    assertThat(request(due, null).timeliness(due.plusSeconds(1))).isEqualTo(GuidanceRequest.Timeliness.OVERDUE);
    assertThat(request(due, null).timeliness(due.minusSeconds(1))).isEqualTo(GuidanceRequest.Timeliness.PENDING);
    assertThat(request(null, null).timeliness(due)).isEqualTo(GuidanceRequest.Timeliness.NO_PERIOD);
  }

  private static GuidanceRequest request(Instant due, Instant answeredAt) {
    return new GuidanceRequest(1, "ZD-2026-000001", "scjg", "市场监督管理局", "91321204MA1MXXXX0X", "某公司",
        GuidanceKind.GUIDANCE, GuidanceSource.PHONE, "咨询许可", null, "liuyang", Instant.parse("2026-12-07T02:00:00Z"),
        "default", due == null ? null : 2, due, answeredAt == null ? GuidanceStatus.AWAITING_REPLY
        : GuidanceStatus.ANSWERED, null, false, null, answeredAt, null, null, null, null, null, null, null);
  }
}
