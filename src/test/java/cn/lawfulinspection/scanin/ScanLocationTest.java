package cn.lawfulinspection.scanin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.common.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScanLocationTest {

  @Test
  @DisplayName("R-IG-7 a phone that sends no location gives no location, and the scan goes on without one")
  void none() {
    assertThat(ScanLocation.of(null, null, null)).isNull();
  }

  @Test
  @DisplayName("R-IG-7 a position inside the ranges is kept as sent, the edges included, and reads in Chinese")
  void kept() {
    ScanLocation at = ScanLocation.of(32.5119834, 120.1486121, 14.6);

    assertThat(at.latitude()).isEqualTo(32.5119834);
    assertThat(at.accuracy()).isEqualTo(14.6);
    assertThat(at.label()).isEqualTo("纬度 32.511983，经度 120.148612，精度约 15 米");
    assertThat(ScanLocation.of(-90.0, 180.0, 0.0)).isNotNull();
    assertThat(ScanLocation.of(90.0, -180.0, null).label()).endsWith("未提供定位精度");
  }

  @ParameterizedTest(name = "R-IG-7 latitude {0}, longitude {1}, accuracy {2} is refused on {3}")
  @CsvSource({
      "90.0001, 120, 10, latitude",
      "-91, 120, 10, latitude",
      "NaN, 120, 10, latitude",
      "32, 180.5, 10, longitude",
      "32, -Infinity, 10, longitude",
      "32, 120, -0.5, accuracy",
      "32, 120, 100000.5, accuracy",
      "32, 120, NaN, accuracy",
      ", 120, 10, latitude",
      "32, , , longitude",
      ", , 10, latitude"})
  void refused(Double latitude, Double longitude, Double accuracy, String field) {
    Verdict verdict = ScanLocation.check(latitude, longitude, accuracy);

    assertThat(verdict.refused()).isTrue();
    assertThat(verdict.ruleId()).isEqualTo("R-IG-7");
    assertThat(verdict.field()).isEqualTo(field);
    assertThat(verdict.message()).containsPattern("\\p{IsHan}");
    assertThatThrownBy(() -> ScanLocation.of(latitude, longitude, accuracy))
        .isInstanceOf(RuleViolationException.class).hasMessage(verdict.message());
  }
}
