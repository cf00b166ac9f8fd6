package cn.lawfulinspection.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Camunda Modeler deploys to {@code /engine-rest} as before; a page of another site cannot. */
@IntegrationTest
class CrossSiteRequestIT {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  ResponseEntity<String> deploy(String name, String origin) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", name);
    body.add("deployment-source", "Camunda Modeler");
    byte[] model = Bpmn.convertToString(Bpmn.createExecutableProcess("CrossSiteCheckProcess")
        .camundaHistoryTimeToLive(1).startEvent("StartEvent_Started").endEvent("EndEvent_Done").done())
        .getBytes(StandardCharsets.UTF_8);
    body.add("data", new ByteArrayResource(model) {
      @Override
      public String getFilename() {
        return name + ".bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    if (origin != null) {
      headers.set(HttpHeaders.ORIGIN, origin);
    }
    return rest.withBasicAuth("admin", "demo")
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }

  @Test
  @DisplayName("R-IG-2 a deployment without Origin (Camunda Modeler, curl) is accepted; the same upload from another site's page is refused with 403 and nothing is deployed")
  void modelerDeploysOtherSitesCannot() {
    ResponseEntity<String> modeler = deploy("cross-site-check-modeler", null);
    ResponseEntity<String> otherSite = deploy("cross-site-check-evil", "https://evil.example");

    assertThat(modeler.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(otherSite.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(otherSite.getBody()).contains("跨站请求被拒绝");
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("cross-site-check-evil").count())
        .isZero();
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("cross-site-check-modeler")
        .count()).isEqualTo(1);
  }
}
