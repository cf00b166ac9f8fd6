package cn.lawfulinspection.rectification.process;

import static cn.lawfulinspection.rectification.process.FollowUpProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.rectification.FollowUpOutcome;
import cn.lawfulinspection.rectification.RectificationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing 现场复查 (R-RS-4): records the re-check and the process's outcome. */
@Component
class RecordRecheckListener implements TaskListener {

  private final RectificationService rectifications;
  private final FollowUpActor actor;

  RecordRecheckListener(RectificationService rectifications, FollowUpActor actor) {
    this.rectifications = rectifications;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String result = ProcessValues.string(task, RECHECK_RESULT_VALUE);
    Boolean rectified = result == null ? null : FollowUpOutcome.RECTIFIED.name().equals(result)
        ? Boolean.TRUE : FollowUpOutcome.NOT_RECTIFIED.name().equals(result) ? Boolean.FALSE : null;
    rectifications.recheck(ProcessValues.longValue(task, TASK_ID), rectified,
        ProcessValues.string(task, RECHECK_REMARK), actor.of(task));
    task.getExecution().setVariable(FOLLOW_UP_OUTCOME,
        (rectified ? FollowUpOutcome.RECTIFIED : FollowUpOutcome.NOT_RECTIFIED).name());
  }
}
