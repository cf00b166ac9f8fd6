package cn.lawfulinspection.task.process;

import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.AGENCY_CODE;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.TASK_NUMBER;

import cn.lawfulinspection.identity.RoleGroups;
import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.policy.QuietRule;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskBinding;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 发起安静期例外备案 ({@code ServiceTask_StartQuietFiling}, R-TK-7): starts {@code QuietExceptionFilingProcess} for the
 * profile's filing office (the justice bureau, or 县综合执法办 under Yunhe's rule; the task's registration version
 * decides) with the task's number as business key and binds it to the task (R-IG-3), so the approved inspection
 * goes on while the filing runs. Started without the approving head's own process rights (he needs none); the
 * lifecycle checks that the task is an approved quiet-period exception.
 */
@Component
class StartQuietFilingDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;
  private final RunAs runAs;
  private final InspectionTaskService tasks;
  private final TaskBinding binding;

  StartQuietFilingDelegate(RuntimeService runtimeService, RunAs runAs, InspectionTaskService tasks,
      TaskBinding binding) {
    this.runtimeService = runtimeService;
    this.runAs = runAs;
    this.tasks = tasks;
    this.binding = binding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long taskId = binding.taskOf(execution);
    tasks.quietFilingStarted(taskId);
    InspectionTask task = tasks.current(taskId);
    String filing = runAs.asEngine(() -> runtimeService
        .createProcessInstanceByKey(HeadApprovalProcessIds.FILING_PROCESS_KEY)
        .businessKey(task.taskNumber())
        .setVariables(Map.of(TASK_NUMBER, task.taskNumber(), AGENCY_CODE, task.agencyCode(),
            HeadApprovalProcessIds.QUIET_FILING_GROUP, filingGroup(tasks.policyOf(taskId))))
        .execute().getId());
    binding.bindQuietFiling(taskId, filing);
  }

  /** R-TK-7: the justice bureau (JY 2(3)) or the county comprehensive enforcement office (YH 2(3)). */
  static String filingGroup(PolicyProfile profile) {
    return profile.quietRule() == QuietRule.APPROVE_AND_FILE ? RoleGroups.COUNTY_OFFICE : RoleGroups.SUPERVISOR;
  }
}
