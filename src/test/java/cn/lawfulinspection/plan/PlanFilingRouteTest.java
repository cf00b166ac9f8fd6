package cn.lawfulinspection.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.agency.Agency;
import cn.lawfulinspection.agency.AgencyLevel;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-PL-6: which justice bureau files a plan, by the level of the plan's agency; plain JUnit. */
class PlanFilingRouteTest {

  static final Agency COUNTY_BUREAU = new Agency("sfj", "司法局", AgencyLevel.COUNTY, true, List.of());
  static final Agency CITY_BUREAU = new Agency("sfjcity", "市司法局", AgencyLevel.CITY, true, List.of());
  static final Agency TOWN = new Agency("qtz", "青田镇人民政府", AgencyLevel.TOWNSHIP, false, List.of());
  static final Agency COUNTY = new Agency("scjg", "市场监督管理局", AgencyLevel.COUNTY, false, List.of());
  static final Agency CITY = new Agency("scjgcity", "市市场监督管理局", AgencyLevel.CITY, false, List.of());

  @Test
  @DisplayName("R-PL-6 a town or street agency's plan is filed with the county-level justice bureau")
  void townPlansGoToTheCountyBureau() {
    List<Agency> known = List.of(CITY_BUREAU, COUNTY_BUREAU, TOWN, COUNTY, CITY);
    assertThat(PlanFilingRoute.filingLevel(AgencyLevel.TOWNSHIP)).isEqualTo(AgencyLevel.COUNTY);
    assertThat(PlanFilingRoute.filingGroup(TOWN, known)).isEqualTo("sfj");
    assertThat(PlanFilingRoute.filingGroup(COUNTY, known)).isEqualTo("sfj");
    assertThat(PlanFilingRoute.filingGroup(CITY, known)).isEqualTo("sfjcity");
  }

  @Test
  @DisplayName("R-PL-6 without a justice bureau of the filing level, any supervisor files")
  void noBureauOfThatLevel() {
    assertThat(PlanFilingRoute.filingGroup(CITY, List.of(COUNTY_BUREAU, CITY))).isEqualTo("supervisor");
  }
}
