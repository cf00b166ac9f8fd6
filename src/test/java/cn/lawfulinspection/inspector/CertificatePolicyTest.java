package cn.lawfulinspection.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.common.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CertificatePolicyTest {

  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate TO = LocalDate.of(2027, 12, 31);

  private static Inspector liuyang(EnforcementCertificate certificate) {
    return new Inspector("scjg-002", "刘洋", "scjg", "liuyang", null, certificate);
  }

  @Test
  @DisplayName("R-MD-1 an inspector with a certificate valid on the day is qualified, first and last day included")
  void valid() {
    Inspector inspector = liuyang(new EnforcementCertificate("32120420250002", FROM, TO, false));
    assertThat(CertificatePolicy.check("scjg-002", inspector, LocalDate.of(2025, 6, 1))).isEqualTo(Verdict.allow());
    assertThat(CertificatePolicy.check("scjg-002", inspector, FROM).allowed()).isTrue();
    assertThat(CertificatePolicy.check("scjg-002", inspector, TO).allowed()).isTrue();
  }

  @Test
  @DisplayName("R-MD-1 an expired certificate is refused, naming the inspector and the end date")
  void expired() {
    Verdict verdict = CertificatePolicy.check("scjg-002",
        liuyang(new EnforcementCertificate("32120420250002", FROM, TO, false)), TO.plusDays(1));
    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.ruleId()).isEqualTo("R-MD-1");
    assertThat(verdict.message()).contains("刘洋").contains("scjg-002").contains("已于2027-12-31过期");
  }

  @Test
  @DisplayName("R-MD-1 a certificate not yet valid is refused")
  void notYetValid() {
    Verdict verdict = CertificatePolicy.check("scjg-002",
        liuyang(new EnforcementCertificate("32120420250002", FROM, TO, false)), FROM.minusDays(1));
    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.message()).contains("刘洋").contains("尚未生效");
  }

  @Test
  @DisplayName("R-MD-1 a revoked certificate is refused even inside its validity")
  void revoked() {
    Verdict verdict = CertificatePolicy.check("scjg-002",
        liuyang(new EnforcementCertificate("32120420250002", FROM, TO, true)), LocalDate.of(2025, 6, 1));
    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.message()).contains("刘洋").contains("已被吊销");
  }

  @Test
  @DisplayName("R-MD-1 an inspector without certificate is refused")
  void missingCertificate() {
    Verdict verdict = CertificatePolicy.check("scjg-002", liuyang(null), LocalDate.of(2025, 6, 1));
    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.message()).contains("刘洋").contains("没有行政执法证件");
  }

  @Test
  @DisplayName("R-MD-1 an unknown inspector is refused, naming the id")
  void unknown() {
    Verdict verdict = CertificatePolicy.check("nobody-1", null, LocalDate.of(2025, 6, 1));
    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.ruleId()).isEqualTo("R-MD-1");
    assertThat(verdict.message()).contains("nobody-1").contains("不存在");
  }
}
