package cn.lawfulinspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.numbering.NumberCounters;
import cn.lawfulinspection.support.Api;
import cn.lawfulinspection.support.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Task numbers from the agency's counter of the year (R-IG-5) on a database whose tasks were numbered before the
 * counter existed (an upgraded installation): the counter is created from the highest number there and goes on
 * from it. H2 and MariaDB.
 */
@IntegrationTest
class TaskNumbersIT {

  @LocalServerPort int port;
  @Autowired TaskFixtures fx;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  @Test
  @DisplayName("R-IG-5 without a counter for the agency and year, the next task number follows the highest one already given, and the counter is kept from then on")
  void counterCreatedFromExistingNumbers() throws Exception {
    // given scjg's tasks of this year, numbered, and no counter for them (as before the counter existed)
    int year = LocalDate.now(clock).getYear();
    String prefix = "RW-SCJG-" + year + "-";
    registered();
    jdbc.update("delete from insp_number_counter where kind = 'TASK' and agency_code = 'scjg' and counter_year = ?",
        year);
    long highest = NumberCounters.highestSuffix(jdbc.queryForList(
        "select task_number from insp_task where task_number like ?", String.class, prefix + "%"), prefix);

    // when
    String first = registered();
    String second = registered();

    // then
    assertThat(first).isEqualTo(prefix + String.format("%04d", highest + 1));
    assertThat(second).isEqualTo(prefix + String.format("%04d", highest + 2));
    assertThat(jdbc.queryForObject("select last_number from insp_number_counter where kind = 'TASK'"
        + " and agency_code = 'scjg' and counter_year = ?", Long.class, year)).isEqualTo(highest + 2);
  }

  /** 刘洋 registers a complaint task for today over HTTP; its number. */
  String registered() throws Exception {
    TaskRequest r = fx.complaint(fx.fresh(CreditTier.D), LocalDate.now(clock));
    ObjectMapper json = new ObjectMapper();
    HttpResponse<String> answer = new Api(port).call("liuyang", "POST", "/api/tasks", json.writeValueAsString(Map.of(
        "enterpriseCode", r.enterpriseCode(), "origin", r.origin().name(), "triggerRecord", r.triggerRecord(),
        "kind", r.kind().name(), "itemCodes", r.itemCodes(),
        "inspectors", r.inspectors(), "windowStart", r.windowStart().toString(),
        "windowEnd", r.windowEnd().toString())));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return json.readTree(answer.body()).path("taskNumber").asText();
  }
}
