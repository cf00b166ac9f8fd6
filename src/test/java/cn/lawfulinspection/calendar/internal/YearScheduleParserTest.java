package cn.lawfulinspection.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class YearScheduleParserTest {

  private static DayEntry day(String iso, String name) {
    return new DayEntry(LocalDate.parse(iso), name);
  }

  @Test
  @DisplayName("a consistent year is accepted; missing names and source get defaults")
  void accepted() {
    YearScheduleParser.Result r = YearScheduleParser.parse(2027, " ",
        List.of(day("2027-01-01", "元旦"), day("2027-02-08", null)), List.of(day("2027-02-06", "春节调休上班")));
    assertThat(r.verdict().allowed()).isTrue();
    assertThat(r.schedule().source()).isEqualTo(YearScheduleParser.DEFAULT_SOURCE);
    assertThat(r.schedule().holidays()).containsEntry(LocalDate.parse("2027-02-08"), "节假日");
    assertThat(r.schedule().workingDays()).containsKey(LocalDate.parse("2027-02-06"));
  }

  @Test
  @DisplayName("a date outside the year is refused with its field")
  void outsideYear() {
    YearScheduleParser.Result r = YearScheduleParser.parse(2027, null,
        List.of(day("2027-01-01", "元旦"), day("2028-01-01", "元旦")), List.of());
    assertThat(r.verdict().refused()).isTrue();
    assertThat(r.verdict().field()).isEqualTo("holidays[1].date");
    assertThat(r.verdict().message()).contains("2028-01-01").contains("不在 2027 年内");
  }

  @Test
  @DisplayName("a date that is both a holiday and an adjusted working day is refused")
  void both() {
    YearScheduleParser.Result r = YearScheduleParser.parse(2027, null,
        List.of(day("2027-02-06", "春节")), List.of(day("2027-02-06", "春节调休上班")));
    assertThat(r.verdict().refused()).isTrue();
    assertThat(r.verdict().field()).isEqualTo("workingDays[0].date");
    assertThat(r.verdict().message()).contains("不能既是节假日又是调休上班日");
  }

  @Test
  @DisplayName("an adjusted working day on a weekday, a duplicate, a missing date and an empty list are refused")
  void otherRefusals() {
    assertThat(YearScheduleParser.parse(2027, null, List.of(day("2027-01-01", null)),
        List.of(day("2027-02-03", null))).verdict().message()).contains("应为周六或周日");
    assertThat(YearScheduleParser.parse(2027, null, List.of(day("2027-01-01", null), day("2027-01-01", null)),
        null).verdict().message()).contains("重复");
    assertThat(YearScheduleParser.parse(2027, null, List.of(new DayEntry(null, "元旦")), null).verdict().field())
        .isEqualTo("holidays[0].date");
    assertThat(YearScheduleParser.parse(2027, null, List.of(), null).verdict().field()).isEqualTo("holidays");
    assertThat(YearScheduleParser.parse(1999, null, List.of(day("1999-01-01", null)), null).verdict().field())
        .isEqualTo("year");
  }
}
