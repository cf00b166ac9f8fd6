package cn.lawfulinspection.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class PolicyApiIT {

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;

  @Test
  @DisplayName("R-TK-7 GET /api/policy answers the profile in force (default: quiet days 1–15) with the clause of each value to a signed-in user")
  void currentProfile() throws Exception {
    ResponseEntity<String> response = rest.withBasicAuth("admin", "demo").getForEntity("/api/policy", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode profile = new ObjectMapper().readTree(response.getBody());
    assertThat(profile.get("name").asText()).isEqualTo("default");
    assertThat(profile.get("quietPeriod").get("fromDay").asInt()).isEqualTo(1);
    assertThat(profile.get("quietPeriod").get("toDay").asInt()).isEqualTo(15);
    assertThat(profile.get("annualPlanDeadline").asText()).isEqualTo("--02-29"); // 「3月前」: last day of February
    assertThat(profile.get("basis").get("quietPeriod").asText()).contains("JY 2(3)");
    assertThat(rest.getForEntity("/api/policy", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("the Policies bean is named 'policies' for BPMN expressions")
  void beanName() {
    assertThat(context.getBean("policies")).isInstanceOf(Policies.class);
  }
}
