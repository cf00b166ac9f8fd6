package cn.lawfulinspection.result.process;

import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.result.InspectionResult;
import cn.lawfulinspection.result.ResultService;
import cn.lawfulinspection.identity.Actors;
import cn.lawfulinspection.task.TaskBinding;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 回填检查结果: the form's values go through {@link ResultService#record} (a refusal fails the
 * completion with the Chinese message and the task stays open); a result already stored by the REST backfill in this
 * same transaction is taken as it is. Hands {@code problemsFound} and {@code rectificationDeadline} (when there is one) to the spine.
 */
@Component
class RecordBackfillListener implements TaskListener {

  private final ResultService results;
  private final Actors actors;
  private final ObjectMapper json;
  private final TaskBinding binding;

  RecordBackfillListener(ResultService results, Actors actors, ObjectMapper json, TaskBinding binding) {
    this.results = results;
    this.actors = actors;
    this.json = json;
    this.binding = binding;
  }

  @Override
  public void notify(DelegateTask task) {
    long taskId = binding.taskOf(task);
    InspectionResult result = results.recordedOrStored(taskId).orElseGet(() -> results.record(taskId,
        ResultVariables.submission(task, json), actors.current().userId()));
    task.getExecution().setVariable(PROBLEMS_FOUND, result.problemsFound());
    // no deadline: set only to clear a value the form sent; the spine's out-mapping reads a missing one as null
    if (result.rectificationDeadline() != null || task.getExecution().getVariable(RECTIFICATION_DEADLINE) != null) {
      task.getExecution().setVariable(RECTIFICATION_DEADLINE,
          result.rectificationDeadline() == null ? null : result.rectificationDeadline().toString());
    }
  }
}
