package cn.lawfulinspection.rectification.process;

import cn.lawfulinspection.identity.Actors;
import cn.lawfulinspection.task.TaskBinding;
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
  private final Actors actors;
  private final TaskBinding binding;

  RecordRecheckListener(RectificationService rectifications, Actors actors, TaskBinding binding) {
    this.rectifications = rectifications;
    this.actors = actors;
    this.binding = binding;
  }

  @Override
  public void notify(DelegateTask task) {
    String result = ProcessValues.string(task, RECHECK_RESULT_VALUE);
    Boolean rectified = result == null ? null : FollowUpOutcome.RECTIFIED.name().equals(result)
        ? Boolean.TRUE : FollowUpOutcome.NOT_RECTIFIED.name().equals(result) ? Boolean.FALSE : null;
    rectifications.recheck(binding.taskOf(task), rectified,
        ProcessValues.string(task, RECHECK_REMARK), actors.current().userId());
    task.getExecution().setVariable(FOLLOW_UP_OUTCOME,
        (rectified ? FollowUpOutcome.RECTIFIED : FollowUpOutcome.NOT_RECTIFIED).name());
  }
}
