package cn.lawfulinspection.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NumberCountersTest {

  @Test
  @DisplayName("R-IG-5 a new counter starts after the highest number given out before it, past 9999 and ignoring other agencies' and years' numbers")
  void highestSuffix() {
    String prefix = "RW-SCJG-2026-";

    assertThat(NumberCounters.highestSuffix(List.of(), prefix)).isZero();
    assertThat(NumberCounters.highestSuffix(List.of("RW-SCJG-2026-0002", "RW-SCJG-2026-0010", "RW-SCJG-2026-0009"),
        prefix)).isEqualTo(10);
    assertThat(NumberCounters.highestSuffix(List.of("RW-SCJG-2026-9999", "RW-SCJG-2026-10000"), prefix))
        .isEqualTo(10_000);
    assertThat(NumberCounters.highestSuffix(List.of("RW-SCJG-2025-0042", "RW-SCJG_2026-0042", "RW-SCJG-2026-00x1",
        "RW-SCJG-2026-"), prefix)).isZero();
  }
}
