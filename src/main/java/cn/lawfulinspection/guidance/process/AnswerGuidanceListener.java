package cn.lawfulinspection.guidance.process;

import static cn.lawfulinspection.guidance.process.GuidanceProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.guidance.GuidanceService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 答复行政指导请求 (R-NT-4): the answer is taken on the bound request by the user completing the task
 * (R-IG-1, R-IG-2, R-IG-3), from Tasklist or from our REST API alike.
 */
@Component
class AnswerGuidanceListener implements TaskListener {

  private final GuidanceService guidance;

  AnswerGuidanceListener(GuidanceService guidance) {
    this.guidance = guidance;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = guidance.boundTo(task.getProcessInstanceId(), task.getExecution().getProcessBusinessKey());
    guidance.recordAnswer(id, ProcessValues.string(task, GUIDANCE_ANSWER), ProcessValues.bool(task, VISIT_PROPOSED));
  }
}
