package cn.lawfulinspection.rectification.process;

import cn.lawfulinspection.identity.Actors;
import cn.lawfulinspection.task.TaskBinding;
import static cn.lawfulinspection.rectification.process.FollowUpProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.rectification.CheckVerdict;
import cn.lawfulinspection.rectification.FollowUpOutcome;
import cn.lawfulinspection.rectification.RectificationPolicy;
import cn.lawfulinspection.rectification.RectificationService;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing 核查整改情况 (R-RS-4): records the verification; RECHECK sets the re-check timer's date. */
@Component
class RecordVerificationListener implements TaskListener {

  private final RectificationService rectifications;
  private final Actors actors;
  private final TaskBinding binding;

  RecordVerificationListener(RectificationService rectifications, Actors actors, TaskBinding binding) {
    this.rectifications = rectifications;
    this.actors = actors;
    this.binding = binding;
  }

  @Override
  public void notify(DelegateTask task) {
    CheckVerdict verdict = ProcessValues.enumValue(CheckVerdict.class, task, VERDICT);
    LocalDate recheckDay = ProcessValues.date(task, RECHECK_DAY, RectificationPolicy.RULE);
    rectifications.verify(binding.taskOf(task), verdict,
        ProcessValues.string(task, VERIFICATION_REMARK), recheckDay, actors.current().userId());
    if (verdict == CheckVerdict.RECHECK) {
      task.getExecution().setVariable(RECHECK_AT, FollowUpDates.startOf(recheckDay));
    } else {
      task.getExecution().setVariable(FOLLOW_UP_OUTCOME, FollowUpOutcome.RECTIFIED.name());
    }
  }
}
