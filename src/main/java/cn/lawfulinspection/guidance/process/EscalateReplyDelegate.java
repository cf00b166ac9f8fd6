package cn.lawfulinspection.guidance.process;

import static cn.lawfulinspection.guidance.process.GuidanceProcessIds.*;

import cn.lawfulinspection.guidance.GuidanceService;
import cn.lawfulinspection.identity.AgencyGroups;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 逾期答复报负责人督办 ({@code ServiceTask_EscalateReply}, R-NT-4 warn): follows the non-interrupting timer on the
 * answer task. The lateness is recorded on the bound request for supervision, and the agency's head becomes a
 * candidate of the still open answer task, so it shows in the head's Tasklist.
 */
@Component
class EscalateReplyDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(EscalateReplyDelegate.class);

  private final GuidanceService guidance;

  EscalateReplyDelegate(GuidanceService guidance) {
    this.guidance = guidance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = guidance.boundTo(execution.getProcessInstanceId(), execution.getProcessBusinessKey());
    String agencyCode = guidance.get(id).agencyCode();
    TaskService taskService = execution.getProcessEngineServices().getTaskService();
    for (Task open : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(ANSWER_GUIDANCE).list()) {
      taskService.addCandidateGroup(open.getId(), AgencyGroups.headGroup(agencyCode));
    }
    log.warn("overdue guidance answer in process {}: {}", execution.getProcessInstanceId(),
        guidance.recordReplyOverdue(id));
  }
}
