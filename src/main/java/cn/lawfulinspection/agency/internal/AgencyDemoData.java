package cn.lawfulinspection.agency.internal;

import cn.lawfulinspection.agency.Agency;
import cn.lawfulinspection.agency.AgencyLevel;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo agencies of the shared identity contract; existing agencies are left as they are. */
@Component
@Order(20)
@ConditionalOnProperty(name = "inspection.demo-data.enabled", havingValue = "true")
class AgencyDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AgencyDemoData.class);

  static final List<Agency> AGENCIES = List.of(
      new Agency("scjg", "市场监督管理局", AgencyLevel.COUNTY, false,
          List.of("食品经营监管科", "特种设备安全监察科", "产品质量监督科", "价格监督检查和反不正当竞争科", "药品医疗器械监管科")),
      new Agency("yjgl", "应急管理局", AgencyLevel.COUNTY, false,
          List.of("危险化学品安全监督管理科", "工贸行业安全监督管理科", "应急管理综合行政执法大队")),
      new Agency("sthj", "生态环境局", AgencyLevel.COUNTY, false,
          List.of("大气环境科", "水生态环境科", "土壤与固体废物科", "生态环境综合行政执法大队")),
      new Agency("sfj", "司法局", AgencyLevel.COUNTY, true,
          List.of("行政执法监督科", "律师公证工作科", "法治督察科")));

  private final AgencyRepository agencies;
  private final JpaAgencyService service;

  AgencyDemoData(AgencyRepository agencies, JpaAgencyService service) {
    this.agencies = agencies;
    this.service = service;
  }

  @Override
  public void run(ApplicationArguments args) {
    int created = 0;
    for (Agency agency : AGENCIES) {
      if (!agencies.existsById(agency.code())) {
        service.save(agency);
        created++;
      }
    }
    log.info("demo agencies: {} created, {} already present", created, AGENCIES.size() - created);
  }
}
