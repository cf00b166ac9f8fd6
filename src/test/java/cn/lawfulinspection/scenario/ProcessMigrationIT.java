package cn.lawfulinspection.scenario;

import static cn.lawfulinspection.scenario.ScenarioDriver.registration;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.guidance.process.GuidanceProcessIds;
import cn.lawfulinspection.migration.ProcessMigration;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.policy.QuietPeriod;
import cn.lawfulinspection.plan.process.InspectionPlanProcessIds;
import cn.lawfulinspection.rectification.process.FollowUpProcessIds;
import cn.lawfulinspection.result.process.ResultBackfillProcessIds;
import cn.lawfulinspection.support.EnterpriseInbox;
import cn.lawfulinspection.task.TriggerReason;
import cn.lawfulinspection.task.process.HeadApprovalProcessIds;
import cn.lawfulinspection.task.process.InspectionTaskProcessIds;
import cn.lawfulinspection.task.process.PostHocApprovalProcessIds;
import cn.lawfulinspection.task.process.TaskRegistrationProcessIds;
import cn.lawfulinspection.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Running inspections follow a changed model (流程实例迁移, docs/migration.md): a designer deploys a new version of
 * every process of bpmn/ (with its forms), inspections and a plan wait at every wait state of the spine and the
 * processes it calls; the administrator's dry run lists them and changes nothing; the migration (one process as a
 * Camunda batch, the rest at once) moves each to the new version at the same activity; each then runs to its end
 * through the platform's own doors (scan-in, backfill, the enterprise's report, verification, re-check, post-hoc
 * approval, the plan's filing), because records find their process by process instance id, which migration keeps.
 * H2 and MariaDB.
 */
@IntegrationTest
class ProcessMigrationIT extends ScenarioTest {

  static final String DRY_RUN = "/api/admin/process-migrations/dry-run";
  static final String MIGRATE = "/api/admin/process-migrations";
  static final String HISTORY = "/api/supervision/process-migrations?limit=50";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired EnterpriseInbox inbox;

  /** An inspection task of this test: its id, number, enterprise. */
  record Inspection(long id, String number, Enterprise enterprise) {}

  @Test
  @DisplayName("R-IG-2 R-IG-3 instances waiting at every wait state migrate to a designer's new version: the dry run lists them and changes nothing, the migration keeps each at its activity, the bindings survive and every inspection runs to its end")
  void everyWaitStateMigratesAndRunsToTheEnd() throws Exception {
    // given inspections waiting at every wait state of the spine and the processes it calls, and a plan being filled
    Inspection atApproval = register(false);
    Inspection atRevision = returned(register(false));
    Inspection atQuietFiling = quietExceptionApproved();
    Inspection atScanIn = approved(register(false));
    Inspection atBackfill = scannedIn(approved(register(false)));
    Inspection atReport = backfilledWithProblem(scannedIn(approved(register(false))));
    Inspection atVerification = reported(backfilledWithProblem(scannedIn(approved(register(false)))));
    Inspection atRecheckDate = recheckScheduled(reported(backfilledWithProblem(scannedIn(approved(register(false))))));
    Inspection atRecheck = recheckScheduled(reported(backfilledWithProblem(scannedIn(approved(register(false))))));
    s.fireTimer(atRecheck.number(), FollowUpProcessIds.RECHECK_DATE);
    Inspection atEmergencyScanIn = register(true);
    Inspection atEmergencyReport = scannedIn(register(true));
    Inspection atPostHocApproval = emergencyReported(scannedIn(register(true)));
    String plan = planStarted();
    String registering = registrationStarted();
    JsonNode guidance = guidanceRequested();

    Map<String, String> waitsAt = new LinkedHashMap<>();
    waitsAt.put(child(atApproval, HeadApprovalProcessIds.PROCESS_KEY), HeadApprovalProcessIds.APPROVE_TASK);
    waitsAt.put(spine(atApproval), InspectionTaskProcessIds.HEAD_APPROVAL);
    waitsAt.put(child(atRevision, HeadApprovalProcessIds.PROCESS_KEY), HeadApprovalProcessIds.REVISE_TASK);
    waitsAt.put(spine(atRevision), InspectionTaskProcessIds.HEAD_APPROVAL);
    waitsAt.put(child(atQuietFiling, HeadApprovalProcessIds.FILING_PROCESS_KEY),
        HeadApprovalProcessIds.FILE_QUIET_EXCEPTION);
    waitsAt.put(spine(atScanIn), InspectionTaskProcessIds.AWAIT_SCAN_IN);
    waitsAt.put(child(atBackfill, ResultBackfillProcessIds.PROCESS_KEY), ResultBackfillProcessIds.BACKFILL_RESULT);
    waitsAt.put(spine(atBackfill), InspectionTaskProcessIds.RESULT_BACKFILL);
    waitsAt.put(child(atReport, FollowUpProcessIds.PROCESS_KEY), FollowUpProcessIds.AWAIT_REPORT);
    waitsAt.put(spine(atReport), InspectionTaskProcessIds.FOLLOW_UP);
    waitsAt.put(child(atVerification, FollowUpProcessIds.PROCESS_KEY), FollowUpProcessIds.VERIFY_RECTIFICATION);
    waitsAt.put(spine(atVerification), InspectionTaskProcessIds.FOLLOW_UP);
    waitsAt.put(child(atRecheckDate, FollowUpProcessIds.PROCESS_KEY), FollowUpProcessIds.RECHECK_DATE);
    waitsAt.put(spine(atRecheckDate), InspectionTaskProcessIds.FOLLOW_UP);
    waitsAt.put(child(atRecheck, FollowUpProcessIds.PROCESS_KEY), FollowUpProcessIds.RECHECK_RECTIFICATION);
    waitsAt.put(spine(atRecheck), InspectionTaskProcessIds.FOLLOW_UP);
    waitsAt.put(spine(atEmergencyScanIn), InspectionTaskProcessIds.AWAIT_EMERGENCY_SCAN_IN);
    waitsAt.put(child(atEmergencyReport, PostHocApprovalProcessIds.PROCESS_KEY),
        PostHocApprovalProcessIds.REPORT_EMERGENCY);
    waitsAt.put(spine(atEmergencyReport), InspectionTaskProcessIds.POST_HOC_APPROVAL);
    waitsAt.put(child(atPostHocApproval, PostHocApprovalProcessIds.PROCESS_KEY),
        PostHocApprovalProcessIds.APPROVE_POST_HOC);
    waitsAt.put(spine(atPostHocApproval), InspectionTaskProcessIds.POST_HOC_APPROVAL);
    waitsAt.put(plan, InspectionPlanProcessIds.FILL_PLAN);
    waitsAt.put(registering, TaskRegistrationProcessIds.FILL_TASK);
    waitsAt.put(guidanceInstance(guidance), GuidanceProcessIds.ANSWER_GUIDANCE);
    List<String> ours = List.copyOf(waitsAt.keySet());
    waitsAt.forEach((pi, activity) -> assertThat(runtimeService.getActiveActivityIds(pi)).as(pi).contains(activity));
    Map<String, String> before = definitions(ours);

    // and a designer's new version of every process, deployed with its forms as Camunda Modeler would
    Deployment changed = deployChangedModels();
    Map<String, ProcessDefinition> target = new TreeMap<>();
    for (String key : ProcessMigration.SPINE) {
      ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
          .latestVersion().singleResult();
      assertThat(latest.getDeploymentId()).as(key).isEqualTo(changed.getId());
      target.put(key, latest);
    }

    // when the administrator asks for a dry run
    JsonNode dryRun = s.expect(200, s.call("admin", "POST", DRY_RUN, Map.of("processInstanceIds", ours)));

    // then it lists every one of them, where it waits, as migratable, and changes nothing
    assertThat(dryRun.path("dryRun").asBoolean()).isTrue();
    Map<String, JsonNode> reported = instancesIn(dryRun);
    assertThat(reported.keySet()).containsExactlyInAnyOrderElementsOf(ours);
    waitsAt.forEach((pi, activity) -> {
      assertThat(reported.get(pi).path("migratable").asBoolean()).as(pi).isTrue();
      assertThat(reported.get(pi).path("errors")).as(pi).isEmpty();
      assertThat(reported.get(pi).path("activityIds").toString()).as(pi).contains(activity);
    });
    dryRun.path("pairs").forEach(pair -> {
      assertThat(pair.path("outcome").asText()).isEqualTo("WOULD_MIGRATE");
      assertThat(pair.path("planErrors")).isEmpty();
      assertThat(pair.path("migrated").asInt()).isZero();
      assertThat(pair.path("targetDefinitionId").asText())
          .isEqualTo(target.get(pair.path("processKey").asText()).getId());
    });
    assertThat(definitions(ours)).isEqualTo(before);
    waitsAt.forEach((pi, activity) -> assertThat(runtimeService.getActiveActivityIds(pi)).as(pi).contains(activity));
    assertThat(migrationsOf(ours)).isEmpty();

    // and nobody else may migrate: not a head, not the justice bureau, not through the generic API (R-IG-4)
    for (String user : List.of("zhangwei", "huangmin", "liuyang")) {
      JsonNode refused = s.expect(403, s.call(user, "POST", MIGRATE, Map.of("processInstanceIds", ours)));
      assertThat(refused.path("detail").asText()).contains("只有系统管理员");
      s.expect(403, s.call(user, "POST", DRY_RUN, null));
    }
    JsonNode generic = s.expect(403, s.call("zhangwei", "POST", "/engine-rest/migration/execute", Map.of(
        "migrationPlan", Map.of("sourceProcessDefinitionId", before.get(plan),
            "targetProcessDefinitionId", target.get(InspectionPlanProcessIds.PROCESS_KEY).getId(),
            "instructions", List.of()),
        "processInstanceIds", List.of(plan))));
    assertThat(generic.toString()).contains("R-IG-4");
    assertThat(definitions(ours)).isEqualTo(before);

    // when the administrator migrates the follow-ups as a Camunda batch, then the rest at once
    JsonNode batched = s.expect(200, s.call("admin", "POST", MIGRATE, Map.of(
        "processKeys", List.of(FollowUpProcessIds.PROCESS_KEY), "processInstanceIds", ours, "mode", "BATCH")));
    assertThat(batched.path("pairs")).hasSize(1);
    JsonNode batchPair = batched.path("pairs").get(0);
    assertThat(batchPair.path("outcome").asText()).isEqualTo("BATCH_STARTED");
    assertThat(batchPair.path("migrated").asInt()).isEqualTo(4);
    runBatch(batchPair.path("batchId").asText());
    JsonNode migrated = s.expect(200, s.call("admin", "POST", MIGRATE, Map.of("processInstanceIds", ours)));
    assertThat(migrated.path("dryRun").asBoolean()).isFalse();
    migrated.path("pairs").forEach(pair -> {
      assertThat(pair.path("outcome").asText()).isEqualTo("MIGRATED");
      assertThat(pair.path("processKey").asText()).isNotEqualTo(FollowUpProcessIds.PROCESS_KEY);
    });
    assertThat(instancesIn(migrated).size() + 4).isEqualTo(ours.size());
    assertThat(migrated.path("pairs").findValuesAsText("processKey"))
        .containsAll(ProcessMigration.SPINE.stream().filter(k -> !k.equals(FollowUpProcessIds.PROCESS_KEY))
            // the monthly filing (R-SV-1) runs per agency from a timer; this test has no instance of it
            .filter(k -> !k.equals("MonthlyTriggeredFilingProcess")).toList());

    // then every instance is on the new version of its process, at the same activity
    for (String pi : ours) {
      ProcessInstance now = runtimeService.createProcessInstanceQuery().processInstanceId(pi).singleResult();
      String key = repositoryService.getProcessDefinition(now.getProcessDefinitionId()).getKey();
      assertThat(now.getProcessDefinitionId()).as(pi).isEqualTo(target.get(key).getId());
      assertThat(runtimeService.getActiveActivityIds(pi)).as(pi).contains(waitsAt.get(pi));
    }

    // and supervision reads who migrated what: admin, per version pair, with every instance and where it waited
    List<JsonNode> records = migrationsOf(ours);
    assertThat(records).allSatisfy(r -> assertThat(r.path("userId").asText()).isEqualTo("admin"));
    assertThat(records).anySatisfy(r -> {
      assertThat(r.path("processKey").asText()).isEqualTo(FollowUpProcessIds.PROCESS_KEY);
      assertThat(r.path("mode").asText()).isEqualTo("BATCH");
      assertThat(r.path("batchId").asText()).isEqualTo(batchPair.path("batchId").asText());
      assertThat(r.path("instanceCount").asInt()).isEqualTo(4);
    });
    List<String> recorded = new ArrayList<>();
    records.forEach(r -> r.path("instances").forEach(i -> recorded.add(i.path("processInstanceId").asText())));
    assertThat(recorded).containsExactlyInAnyOrderElementsOf(ours);

    // then every inspection runs to its end through the platform (R-IG-2: each step finds its task by the binding)
    s.complete("zhangwei", atApproval.number(), HeadApprovalProcessIds.APPROVE_TASK,
        Map.of(InspectionTaskProcessIds.APPROVAL_DECISION, "APPROVE"));
    closedCompliant(scannedIn(atApproval));
    closedCompliant(scannedIn(atScanIn));
    submit("liuyang", child(atRevision, HeadApprovalProcessIds.PROCESS_KEY), HeadApprovalProcessIds.REVISE_TASK,
        Map.of("itemCodes", Map.of("type", "Json", "value", "[\"SCJG-001\"]"),
            "inspectors", Map.of("type", "Json", "value", "[\"liuyang\",\"wangfang\"]"),
            "windowStart", Map.of("value", s.today().toString()), "windowEnd", Map.of("value", s.today().toString())));
    closedCompliant(scannedIn(approved(atRevision)));
    s.complete("huangmin", atQuietFiling.number(), HeadApprovalProcessIds.FILE_QUIET_EXCEPTION,
        Map.of(HeadApprovalProcessIds.FILING_REMARKS, "经审查，属上级交办专项检查，同意备案"));
    closedCompliant(atBackfill);
    verifiedRectified(reported(atReport));
    verifiedRectified(atVerification);
    s.fireTimer(atRecheckDate.number(), FollowUpProcessIds.RECHECK_DATE);
    rechecked(atRecheckDate);
    rechecked(atRecheck);
    closedCompliant(postHocApproved(emergencyReported(scannedIn(atEmergencyScanIn))));
    closedCompliant(postHocApproved(emergencyReported(atEmergencyReport)));
    closedCompliant(postHocApproved(atPostHocApproval));
    planFiled(plan);
    registered(registering);
    s.expect(200, s.call("liuyang", "POST", "/api/guidance/" + guidance.path("id").asLong() + "/answer",
        Map.of("answer", "已按新版本流程答复：请对照食品安全自查表逐项自查。")));
    for (String pi : ours) {
      var ended = historyService.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult();
      assertThat(ended.getState()).as(pi).isEqualTo("COMPLETED");
      assertThat(ended.getProcessDefinitionId()).as(pi).isIn(target.values().stream().map(ProcessDefinition::getId)
          .toList());
    }
  }

  // ---- the inspections' steps, through the platform's doors

  private Inspection register(boolean emergency) throws Exception {
    Enterprise enterprise = s.freshEnterprise();
    Map<String, Object> more = new LinkedHashMap<>(Map.of("origin", "TRIGGERED", "trigger", "COMPLAINT",
        "triggerDescription", emergency ? "紧急：群众举报后厨燃气泄漏" : "投诉：后厨卫生差", "kind", "AD_HOC"));
    if (emergency) {
      more.put("emergency", true);
    }
    JsonNode registered = s.expect(201, s.call("liuyang", "POST", "/api/tasks",
        registration(enterprise.creditCode(), List.of("SCJG-001"), s.today(), more)));
    return new Inspection(registered.path("id").asLong(), registered.path("taskNumber").asText(), enterprise);
  }

  private Inspection approved(Inspection t) {
    s.complete("zhangwei", t.number(), HeadApprovalProcessIds.APPROVE_TASK,
        Map.of(InspectionTaskProcessIds.APPROVAL_DECISION, "APPROVE"));
    return t;
  }

  /** 张伟 returns the task: it waits at 修改检查任务 for 刘洋. */
  private Inspection returned(Inspection t) {
    s.complete("zhangwei", t.number(), HeadApprovalProcessIds.APPROVE_TASK, Map.of(
        InspectionTaskProcessIds.APPROVAL_DECISION, "RETURN", InspectionTaskProcessIds.APPROVAL_REASON, "请补充投诉编号"));
    return t;
  }

  /** A superior-assigned task in the quiet period, approved: its filing waits for the justice bureau (R-TK-7). */
  private Inspection quietExceptionApproved() throws Exception {
    QuietPeriod quiet = context.getBean(Policies.class).current().quietPeriod();
    assertThat(quiet).as("the active policy profile has a quiet period").isNotNull();
    LocalDate day = s.today().plusDays(10);
    while (!quiet.contains(day)) {
      day = day.plusDays(1);
    }
    Enterprise enterprise = s.freshEnterprise();
    JsonNode registered = s.expect(201, s.call("liuyang", "POST", "/api/tasks", registration(
        enterprise.creditCode(), List.of("SCJG-001"), day, Map.of("origin", "TRIGGERED",
            "trigger", "SUPERIOR_ASSIGNMENT", "triggerDescription", "市局交办：节前食品安全专项督查",
            "kind", "SUPERIOR_ASSIGNED"))));
    return approved(new Inspection(registered.path("id").asLong(), registered.path("taskNumber").asText(),
        enterprise));
  }

  private Inspection scannedIn(Inspection t) throws Exception {
    s.expect(200, s.call("liuyang", "POST", "/api/scan-in",
        Map.of("code", s.enterpriseCode(t.enterprise().creditCode()), "taskId", t.id())));
    return t;
  }

  private Inspection backfilledWithProblem(Inspection t) throws Exception {
    s.expect(200, s.call("liuyang", "POST", "/api/tasks/" + t.id() + "/result", """
        {"items":[{"itemCode":"SCJG-001","outcome":"PROBLEM_FOUND","findings":"后厨未按规定分区存放生熟食品",
          "evidence":["IMG-0301"]}],
         "rectificationDeadline":"%s"}""".formatted(s.today().plusDays(10))));
    return t;
  }

  private Inspection reported(Inspection t) throws Exception {
    s.expect(200, s.call(null, "POST", ScenarioDriver.publicPath(inbox.followUpCode(t.number()),
        "rectification-report"), Map.of("report", "已按要求分区存放生熟食品。", "evidence", List.of("整改照片-01"))));
    return t;
  }

  private Inspection recheckScheduled(Inspection t) throws Exception {
    s.expect(200, s.call("liuyang", "POST", "/api/tasks/" + t.id() + "/rectification/verification",
        Map.of("verdict", "RECHECK", "remark", "需现场复查", "recheckDate", s.today().plusDays(3).toString())));
    return t;
  }

  private Inspection emergencyReported(Inspection t) {
    s.complete("liuyang", t.number(), PostHocApprovalProcessIds.REPORT_EMERGENCY, Map.of(
        PostHocApprovalProcessIds.EMERGENCY_REASON, "群众举报后厨燃气泄漏，存在爆炸危险",
        PostHocApprovalProcessIds.EMERGENCY_RESULT, "已关闭燃气总阀，责令立即维修",
        PostHocApprovalProcessIds.BODY_CAMERA, "JL-2026-3001"));
    return t;
  }

  private Inspection postHocApproved(Inspection t) {
    s.complete("zhangwei", t.number(), PostHocApprovalProcessIds.APPROVE_POST_HOC,
        Map.of(PostHocApprovalProcessIds.POST_HOC_DECISION_VAR, "APPROVE"));
    return t;
  }

  private void closedCompliant(Inspection t) throws Exception {
    s.expect(200, s.call("liuyang", "POST", "/api/tasks/" + t.id() + "/result", """
        {"items":[{"itemCode":"SCJG-001","outcome":"COMPLIANT","evidence":["IMG-0302"]}]}"""));
    assertClosed(t);
  }

  private void verifiedRectified(Inspection t) throws Exception {
    s.expect(200, s.call("liuyang", "POST", "/api/tasks/" + t.id() + "/rectification/verification",
        Map.of("verdict", "RECTIFIED", "remark", "整改到位")));
    assertClosed(t);
  }

  private void rechecked(Inspection t) throws Exception {
    s.expect(200, s.call("wangfang", "POST", "/api/tasks/" + t.id() + "/rectification/recheck",
        Map.of("rectified", true, "remark", "现场复查，已整改")));
    assertClosed(t);
  }

  private void assertClosed(Inspection t) throws Exception {
    assertThat(s.task(t.id()).path("status").asText()).as(t.number()).isEqualTo("CLOSED");
    assertThat(s.instance(InspectionTaskProcessIds.PROCESS_KEY, t.number()).getEndActivityId()).as(t.number())
        .isEqualTo(InspectionTaskProcessIds.INSPECTION_CLOSED);
  }

  // ---- the plan, through Tasklist's engine API

  private String planStarted() throws Exception {
    int year = s.today().getYear() + 1;
    return s.expect(200, s.call("liuyang", "POST",
        "/engine-rest/process-definition/key/InspectionPlanProcess/submit-form", Map.of("variables", Map.of(
            "planType", Map.of("value", "ANNUAL"), "planYear", Map.of("value", year),
            "planTitle", Map.of("value", year + " 年度食品安全日常检查计划（迁移测试 " + System.nanoTime() + "）")))))
        .path("id").asText();
  }

  /** 登记检查任务 started in Tasklist: it waits at 填写检查任务 with the options loaded. */
  /** A guidance request received by phone (R-NT-4), waiting for its answer. */
  private JsonNode guidanceRequested() throws Exception {
    return s.expect(200, s.call("liuyang", "POST", "/api/guidance", Map.of("enterpriseCode",
        s.freshEnterprise().creditCode(), "kind", "GUIDANCE", "subject", "咨询食品经营许可变更需要准备的材料")));
  }

  private String guidanceInstance(JsonNode guidance) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(GuidanceProcessIds.PROCESS_KEY)
        .processInstanceBusinessKey(guidance.path("requestNumber").asText()).singleResult().getId();
  }

  private String registrationStarted() throws Exception {
    return s.expect(200, s.call("liuyang", "POST",
        "/engine-rest/process-definition/key/TaskRegistrationProcess/submit-form",
        Map.of("variables", Map.of("enterpriseKeyword", Map.of("value", ""))))).path("id").asText();
  }

  /** 填写检查任务 completed with chosen values: the task is registered and its spine started. */
  private void registered(String pi) throws Exception {
    Enterprise enterprise = s.freshEnterprise();
    submit("liuyang", pi, TaskRegistrationProcessIds.FILL_TASK, Map.of(
        "enterpriseCode", Map.of("value", enterprise.creditCode()), "origin", Map.of("value", "TRIGGERED"),
        "triggerRecord", Map.of("value", s.triggerRecord("liuyang", enterprise.creditCode(), TriggerReason.COMPLAINT)),
        "kind", Map.of("value", "AD_HOC"), "itemCodes", Map.of("type", "Json", "value", "[\"SCJG-001\"]"),
        "inspectors", Map.of("type", "Json", "value", "[\"scjg-002\",\"scjg-003\"]"),
        "windowStart", Map.of("value", s.today().toString()), "windowEnd", Map.of("value", s.today().toString())));
  }

  private void planFiled(String pi) throws Exception {
    int year = s.today().getYear() + 1;
    submit("liuyang", pi, InspectionPlanProcessIds.FILL_PLAN, Map.of(
        "planItems", Map.of("type", "Json", "value", "[\"SCJG-001\"]"),
        "inspectionMethod", Map.of("value", "双随机、一公开抽查"),
        "objectScope", Map.of("value", "辖区内食品经营者"),
        "windowStart", Map.of("value", year + "-03-01"),
        "windowEnd", Map.of("value", year + "-12-31"),
        "annualCap", Map.of("value", 2)));
    submit("zhangwei", pi, InspectionPlanProcessIds.APPROVE_PLAN, Map.of("headDecision", Map.of("value", "APPROVE")));
    submit("huangmin", pi, InspectionPlanProcessIds.FILE_PLAN, Map.of("filingDecision", Map.of("value", "FILE")));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult()
        .getEndActivityId()).isEqualTo(InspectionPlanProcessIds.PLAN_PUBLISHED);
  }

  /** Claims and completes the open task of the activity with its form's fields, as Tasklist does. */
  private void submit(String user, String pi, String activity, Map<String, Object> variables) throws Exception {
    String task = s.json.readTree(s.call(user, "GET", "/engine-rest/task?processInstanceId=" + pi
        + "&taskDefinitionKey=" + activity + "&firstResult=0&maxResults=5", null).body()).get(0).path("id").asText();
    s.expect(204, s.call(user, "POST", "/engine-rest/task/" + task + "/claim", Map.of("userId", user)));
    s.expect(204, s.call(user, "POST", "/engine-rest/task/" + task + "/submit-form", Map.of("variables", variables)));
  }

  // ---- the engine's side

  private String spine(Inspection t) {
    return s.running(InspectionTaskProcessIds.PROCESS_KEY, t.number()).getId();
  }

  private String child(Inspection t, String processKey) {
    return s.running(processKey, t.number()).getId();
  }

  private Map<String, String> definitions(List<String> processInstanceIds) {
    Map<String, String> definitions = new TreeMap<>();
    processInstanceIds.forEach(pi -> definitions.put(pi,
        runtimeService.createProcessInstanceQuery().processInstanceId(pi).singleResult().getProcessDefinitionId()));
    return definitions;
  }

  /** Every model of bpmn/ with a line of documentation more, and every form, as one new deployment. */
  private Deployment deployChangedModels() throws IOException {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    DeploymentBuilder deployment = repositoryService.createDeployment().name("designer-change-" + System.nanoTime())
        .source("Camunda Modeler");
    for (Resource model : resolver.getResources("classpath*:bpmn/*.bpmn")) {
      String xml = read(model).replaceFirst("(<bpmn:process [^>]*>)",
          "$1<bpmn:documentation>设计人员修改：补充流程说明（迁移测试）。</bpmn:documentation>");
      assertThat(xml).contains("迁移测试");
      deployment.addString("bpmn/" + model.getFilename(), xml);
    }
    for (Resource form : resolver.getResources("classpath*:forms/*.form")) {
      deployment.addString("forms/" + form.getFilename(), read(form));
    }
    return deployment.deploy();
  }

  private static String read(Resource resource) throws IOException {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Runs the batch as the job executor would: the seed job, the migration jobs, the monitor job. */
  private void runBatch(String batchId) {
    Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
    assertThat(batch).isNotNull();
    for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
        batch.getMonitorJobDefinitionId())) {
      for (Job job : managementService.createJobQuery().jobDefinitionId(definition).list()) {
        managementService.executeJob(job.getId());
      }
    }
    assertThat(managementService.createBatchQuery().batchId(batchId).count()).as("batch completed").isZero();
  }

  private static Map<String, JsonNode> instancesIn(JsonNode report) {
    Map<String, JsonNode> instances = new LinkedHashMap<>();
    report.path("pairs").forEach(pair -> pair.path("instances")
        .forEach(i -> instances.put(i.path("processInstanceId").asText(), i)));
    return instances;
  }

  /** The migration records supervision reads that concern these instances. */
  private List<JsonNode> migrationsOf(List<String> processInstanceIds) throws Exception {
    List<JsonNode> records = new ArrayList<>();
    for (JsonNode r : s.expect(200, s.call("huangmin", "GET", HISTORY, null))) {
      for (JsonNode i : r.path("instances")) {
        if (processInstanceIds.contains(i.path("processInstanceId").asText())) {
          records.add(r);
          break;
        }
      }
    }
    return records;
  }
}
