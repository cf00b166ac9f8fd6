package cn.lawfulinspection.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.common.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanCompletenessPolicyTest {

  static PlanContent complete() {
    return new PlanContent(PlanType.ANNUAL, 2026, "2026 年度日常检查计划", List.of("SCJG-001"), "现场检查",
        "辖区内食品经营者", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), 2);
  }

  private static Verdict check(PlanContent c) {
    return PlanCompletenessPolicy.check(c);
  }

  @Test
  @DisplayName("R-PL-2 a plan with every part present is allowed")
  void completePlanAllowed() {
    assertThat(check(complete()).allowed()).isTrue();
  }

  @Test
  @DisplayName("R-PL-2 a plan without type is refused, naming planType")
  void missingType() {
    PlanContent c = complete();
    assertRefused(check(new PlanContent(null, c.year(), c.title(), c.itemCodes(), c.method(), c.objectScope(),
        c.windowStart(), c.windowEnd(), c.annualCap())), "planType");
  }

  @Test
  @DisplayName("R-PL-2 a plan without items is refused, naming planItems")
  void missingItems() {
    PlanContent c = complete();
    assertRefused(check(new PlanContent(c.type(), c.year(), c.title(), List.of(), c.method(), c.objectScope(),
        c.windowStart(), c.windowEnd(), c.annualCap())), "planItems");
  }

  @Test
  @DisplayName("R-PL-2 a plan without method is refused, naming inspectionMethod")
  void missingMethod() {
    PlanContent c = complete();
    assertRefused(check(new PlanContent(c.type(), c.year(), c.title(), c.itemCodes(), "  ", c.objectScope(),
        c.windowStart(), c.windowEnd(), c.annualCap())), "inspectionMethod");
  }

  @Test
  @DisplayName("R-PL-2 a plan without object scope is refused, naming objectScope")
  void missingScope() {
    PlanContent c = complete();
    assertRefused(check(new PlanContent(c.type(), c.year(), c.title(), c.itemCodes(), c.method(), null,
        c.windowStart(), c.windowEnd(), c.annualCap())), "objectScope");
  }

  @Test
  @DisplayName("R-PL-2 a plan without time window is refused")
  void missingWindow() {
    PlanContent c = complete();
    assertRefused(check(new PlanContent(c.type(), c.year(), c.title(), c.itemCodes(), c.method(), c.objectScope(),
        null, c.windowEnd(), c.annualCap())), "windowStart");
    assertRefused(check(new PlanContent(c.type(), c.year(), c.title(), c.itemCodes(), c.method(), c.objectScope(),
        c.windowStart(), null, c.annualCap())), "windowEnd");
  }

  @Test
  @DisplayName("R-PL-2 a window ending before it starts is refused")
  void windowBackwards() {
    PlanContent c = complete();
    assertRefused(check(new PlanContent(c.type(), c.year(), c.title(), c.itemCodes(), c.method(), c.objectScope(),
        LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31), c.annualCap())), "windowEnd");
  }

  @Test
  @DisplayName("R-PL-2 a window outside the plan year is refused")
  void windowOutsideYear() {
    PlanContent c = complete();
    assertRefused(check(new PlanContent(c.type(), c.year(), c.title(), c.itemCodes(), c.method(), c.objectScope(),
        LocalDate.of(2026, 3, 1), LocalDate.of(2027, 1, 31), c.annualCap())), "windowStart");
    assertRefused(check(new PlanContent(c.type(), c.year(), c.title(), c.itemCodes(), c.method(), c.objectScope(),
        LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 31), c.annualCap())), "windowStart");
  }

  @Test
  @DisplayName("R-PL-2 a plan without annual cap, or with a negative one, is refused; a cap of 0 is allowed")
  void cap() {
    PlanContent c = complete();
    assertRefused(check(new PlanContent(c.type(), c.year(), c.title(), c.itemCodes(), c.method(), c.objectScope(),
        c.windowStart(), c.windowEnd(), null)), "annualCap");
    assertRefused(check(new PlanContent(c.type(), c.year(), c.title(), c.itemCodes(), c.method(), c.objectScope(),
        c.windowStart(), c.windowEnd(), -1)), "annualCap");
    assertThat(check(new PlanContent(c.type(), c.year(), c.title(), c.itemCodes(), c.method(), c.objectScope(),
        c.windowStart(), c.windowEnd(), 0)).allowed()).isTrue();
  }

  @Test
  @DisplayName("R-PL-2 a plan without year or title is refused")
  void yearAndTitle() {
    PlanContent c = complete();
    assertRefused(check(new PlanContent(c.type(), null, c.title(), c.itemCodes(), c.method(), c.objectScope(),
        c.windowStart(), c.windowEnd(), c.annualCap())), "planYear");
    assertRefused(check(new PlanContent(c.type(), c.year(), "", c.itemCodes(), c.method(), c.objectScope(),
        c.windowStart(), c.windowEnd(), c.annualCap())), "planTitle");
  }

  private static void assertRefused(Verdict verdict, String field) {
    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.ruleId()).isEqualTo("R-PL-2");
    assertThat(verdict.field()).isEqualTo(field);
    assertThat(verdict.message()).startsWith("检查计划内容不完整：");
  }
}
