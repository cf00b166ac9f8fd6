package cn.lawfulinspection.result.internal;

import cn.lawfulinspection.result.InspectionResult;
import cn.lawfulinspection.result.ResultService;
import cn.lawfulinspection.result.ResultSubmission;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskReaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The backfill for the phone and the API (回填检查结果): an assigned inspector posts the result (the rules decide,
 * refusals are 422 problems); the task's agency, supervisors and the administrator read it; supervisors list the
 * late backfills (R-SV-3).
 */
@RestController
@Tag(name = "检查结果", description = "回填检查结果（R-RS-1、R-SC-1、R-MD-1、R-RS-5）")
class ResultController {

  private final ResultService results;
  private final InspectionTaskService tasks;

  ResultController(ResultService results, InspectionTaskService tasks) {
    this.results = results;
    this.tasks = tasks;
  }

  @PostMapping("/api/tasks/{id}/result")
  @Operation(summary = "回填检查结果：逐项填写检查结论（合规/发现问题/未检查）、情况说明、是否轻微、证据；发现问题时须填整改期限")
  InspectionResult backfill(@PathVariable long id, @RequestBody ResultSubmission submission, Authentication user) {
    return results.backfill(id, submission, user.getName());
  }

  @GetMapping("/api/tasks/{id}/result")
  @Operation(summary = "检查任务已回填的检查结果")
  InspectionResult result(@PathVariable long id, Authentication user) {
    TaskReaders.requireReader(tasks.get(id), user);
    return results.require(id);
  }

  @GetMapping("/api/results/late")
  @Operation(summary = "超期回填的检查结果（执法监督，R-RS-1、R-SV-3）")
  List<InspectionResult> late(Authentication user) {
    if (!TaskReaders.seesAll(user)) {
      throw new AccessDeniedException("supervision only");
    }
    return results.late();
  }
}
