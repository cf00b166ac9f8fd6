package cn.lawfulinspection.plan.internal;

import cn.lawfulinspection.identity.RunAs;
import static cn.lawfulinspection.plan.process.InspectionPlanProcessIds.*;

import cn.lawfulinspection.item.InspectionItem;
import cn.lawfulinspection.item.ItemService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo plans of the current year, driven through the real process as the real demo users: one filed annual plan per
 * agency, one plan waiting for 张伟's approval at scjg and one waiting for 黄敏's filing. Idempotent: a plan whose
 * agency, year and title already exist is skipped.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "inspection.demo-data.enabled", havingValue = "true")
class PlanDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);
  static final String SUPERVISOR = "huangmin";

  /** How far a demo plan gets. */
  enum Stage { FILED, WAITING_FOR_APPROVAL, WAITING_FOR_FILING }

  record DemoPlan(String agency, String inspector, String head, String type, String title, String method,
      String scope, int cap, Stage stage) {}

  private final InspectionPlans plans;
  private final ItemService items;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final RunAs runAs;
  private final Clock clock;

  PlanDemoData(InspectionPlans plans, ItemService items, RuntimeService runtimeService, TaskService taskService,
      RunAs runAs, Clock clock) {
    this.plans = plans;
    this.items = items;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.runAs = runAs;
    this.clock = clock;
  }

  static List<DemoPlan> demoPlans(int year) {
    return List.of(
        new DemoPlan("scjg", "liuyang", "zhangwei", "ANNUAL", year + " 年度市场监管领域日常检查计划", "双随机、一公开抽查",
            "辖区内食品生产经营者、特种设备使用单位，按信用风险分级确定抽查比例", 2, Stage.FILED),
        new DemoPlan("yjgl", "sunli", "zhaolei", "ANNUAL", year + " 年度安全生产日常检查计划", "现场检查",
            "辖区内危险化学品、工贸行业企业", 2, Stage.FILED),
        new DemoPlan("sthj", "zhengkai", "wuhua", "ANNUAL", year + " 年度生态环境日常检查计划", "现场检查与非现场检查相结合",
            "辖区内排污许可重点管理单位及简化管理单位", 2, Stage.FILED),
        new DemoPlan("scjg", "wangfang", "zhangwei", "SPECIAL", year + " 年冬季食品安全专项检查计划", "现场检查",
            "辖区内学校食堂、集体用餐配送单位", 1, Stage.WAITING_FOR_APPROVAL),
        new DemoPlan("sthj", "fengxue", "wuhua", "SPECIAL", year + " 年冬季大气污染防治专项检查计划", "非现场检查",
            "辖区内涉挥发性有机物排放企业", 1, Stage.WAITING_FOR_FILING));
  }

  @Override
  public void run(ApplicationArguments args) {
    int year = LocalDate.now(clock).getYear();
    for (DemoPlan demo : demoPlans(year)) {
      if (plans.findByAgencyYearAndTitle(demo.agency(), year, demo.title()).isPresent()) {
        continue;
      }
      try {
        drive(demo, year);
      } catch (AuthorizationException e) {
        log.error("demo plan '{}' not created: {} lacks a Camunda authorization: {}", demo.title(), demo.inspector(),
            e.getMessage());
      }
    }
  }

  private void drive(DemoPlan demo, int year) {
    List<String> codes = items.usableItemsOf(demo.agency()).stream().map(InspectionItem::code).limit(3).toList();
    if (codes.isEmpty()) {
      log.warn("demo plan '{}' skipped: agency {} has no usable items", demo.title(), demo.agency());
      return;
    }
    String pi = runAs.as(demo.inspector(), () -> runtimeService.startProcessInstanceByKey(PROCESS_KEY,
        Map.of(PLAN_TYPE, demo.type(), PLAN_YEAR, year, PLAN_TITLE, demo.title())).getId());
    Map<String, Object> fill = new HashMap<>();
    fill.put(PLAN_ITEMS, SpinValues.jsonValue(Spin.JSON(codes)).create());
    fill.put(INSPECTION_METHOD, demo.method());
    fill.put(OBJECT_SCOPE, demo.scope());
    fill.put(WINDOW_START, LocalDate.of(year, 3, 1).toString());
    fill.put(WINDOW_END, LocalDate.of(year, 12, 31).toString());
    fill.put(ANNUAL_CAP, demo.cap());
    complete(pi, FILL_PLAN, demo.inspector(), fill);
    if (demo.stage() == Stage.WAITING_FOR_APPROVAL) {
      log.info("demo plan '{}' waits for {}'s approval", demo.title(), demo.head());
      return;
    }
    complete(pi, APPROVE_PLAN, demo.head(), Map.of(HEAD_DECISION, APPROVE));
    if (demo.stage() == Stage.WAITING_FOR_FILING) {
      log.info("demo plan '{}' waits for filing by the justice bureau", demo.title());
      return;
    }
    complete(pi, FILE_PLAN, SUPERVISOR, Map.of(FILING_DECISION, FILE));
    log.info("demo plan '{}' filed and published", demo.title());
  }

  private void complete(String processInstanceId, String taskKey, String userId, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
        .singleResult();
    runAs.as(userId, () -> {
      if (task.getAssignee() == null) {
        taskService.claim(task.getId(), userId);
      }
      taskService.complete(task.getId(), variables);
      return null;
    });
  }

}
