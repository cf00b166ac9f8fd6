package cn.lawfulinspection.draw;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.inspector.EnforcementCertificate;
import cn.lawfulinspection.inspector.Inspector;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DrawPolicyTest {

  private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
  private static final LocalDate TO = LocalDate.of(2026, 12, 31);

  @Test
  @DisplayName("R-PL-5 R-MD-1 an inspector is in the pool only when the certificate covers the whole plan window and is not revoked")
  void certificateOverWindow() {
    assertThat(DrawPolicy.qualifiedThroughout(with(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31), false),
        FROM, TO)).isTrue();
    assertThat(DrawPolicy.qualifiedThroughout(with(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31), false),
        FROM, TO)).as("expired").isFalse();
    assertThat(DrawPolicy.qualifiedThroughout(with(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30), false),
        FROM, TO)).as("expires inside the window").isFalse();
    assertThat(DrawPolicy.qualifiedThroughout(with(LocalDate.of(2026, 4, 1), LocalDate.of(2029, 12, 31), false),
        FROM, TO)).as("valid only from inside the window").isFalse();
    assertThat(DrawPolicy.qualifiedThroughout(with(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31), true),
        FROM, TO)).as("revoked").isFalse();
    assertThat(DrawPolicy.qualifiedThroughout(new Inspector("x-1", "某某", "scjg", null, null, null), FROM, TO))
        .as("no certificate").isFalse();
  }

  @Test
  @DisplayName("R-PL-5 the pools must hold what is asked: enough enterprises and one full team; R-MD-2 teams of at least the minimum")
  void sizes() {
    assertThat(DrawPolicy.sizes(3, 2, 2, 10, 4).allowed()).isTrue();
    assertThat(DrawPolicy.sizes(0, 2, 2, 10, 4).ruleId()).isEqualTo("R-PL-5");
    assertThat(DrawPolicy.sizes(3, 1, 2, 10, 4).ruleId()).isEqualTo("R-MD-2");
    assertThat(DrawPolicy.sizes(11, 2, 2, 10, 4).message()).contains("只有 10 家");
    assertThat(DrawPolicy.sizes(3, 5, 2, 10, 4).message()).contains("只有 4 人");
  }

  private static Inspector with(LocalDate from, LocalDate to, boolean revoked) {
    return new Inspector("x-1", "某某", "scjg", null, null, new EnforcementCertificate("321204", from, to, revoked));
  }
}
