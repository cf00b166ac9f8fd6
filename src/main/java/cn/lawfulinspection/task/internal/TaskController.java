package cn.lawfulinspection.task.internal;

import cn.lawfulinspection.common.Conflicts;
import cn.lawfulinspection.task.FrequencyChange;
import cn.lawfulinspection.task.InspectionKind;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskOrigin;
import cn.lawfulinspection.task.TaskReaders;
import cn.lawfulinspection.task.TaskRequest;
import cn.lawfulinspection.task.QuietExemptionReason;
import cn.lawfulinspection.task.SurpriseReason;
import cn.lawfulinspection.task.TriggerReason;
import cn.lawfulinspection.task.UrgencyCategory;
import cn.lawfulinspection.task.process.TaskProcesses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inspection tasks: agency staff register them (the registrant's agency is the task's agency) and read their
 * agency's tasks; supervisors and administrators read all.
 */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "检查任务", description = "登记检查任务（启动检查任务流程）、查询任务及其预警和全过程留痕")
class TaskController {

  private final TaskProcesses processes;
  private final InspectionTaskService tasks;

  TaskController(TaskProcesses processes, InspectionTaskService tasks) {
    this.processes = processes;
    this.tasks = tasks;
  }

  /** The registration request as JSON. */
  record Registration(String agencyCode, String enterpriseCode, TaskOrigin origin, Long planId, String planNumber,
      Integer planVersion, TriggerReason trigger, String triggerDescription, InspectionKind kind,
      List<String> itemCodes, List<String> inspectors, LocalDate windowStart, LocalDate windowEnd,
      boolean emergency, boolean surprise, FrequencyChange frequencyChange, String triggerRecord,
      UrgencyCategory urgency, String urgencyReason, SurpriseReason surpriseReason, String surpriseReasonText,
      String overInspectionException, QuietExemptionReason quietExemption, String quietExemptionText) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "登记检查任务：核验登记规则，保存任务及预警，以任务编号为业务键启动检查任务流程")
  InspectionTask register(@RequestBody Registration r, Authentication user) {
    if (r.agencyCode() != null && !TaskReaders.groups(user).contains(r.agencyCode())) {
      throw new AccessDeniedException("not staff of " + r.agencyCode());
    }
    TaskRequest request = new TaskRequest(r.enterpriseCode(), r.origin(), r.planId(), r.planNumber(),
        r.planVersion(), r.trigger(), r.triggerDescription(), r.kind(), r.itemCodes(), r.inspectors(),
        r.windowStart(), r.windowEnd(), r.emergency(), r.surprise(), r.frequencyChange(), r.triggerRecord(),
        r.urgency(), r.urgencyReason(), r.surpriseReason(), r.surpriseReasonText(), r.overInspectionException(),
        r.quietExemption(), r.quietExemptionText());
    // R-IG-5: a deadlock victim is registered again rather than told to retry
    return Conflicts.retried(() -> processes.registerAndStart(request));
  }

  @GetMapping("/{id}")
  @Operation(summary = "一个检查任务，含规则预警和全过程留痕（R-SC-4）")
  InspectionTask get(@PathVariable long id, Authentication user) {
    InspectionTask task = tasks.get(id);
    TaskReaders.requireReader(task, user);
    return task;
  }

  @GetMapping
  @Operation(summary = "一家企业的检查任务（本单位的；监督机构可见全部）")
  List<InspectionTask> ofEnterprise(@RequestParam String enterprise, Authentication user) {
    return tasks.ofEnterprise(enterprise, TaskReaders.seesAll(user) ? null : TaskReaders.groups(user));
  }
}
