package cn.lawfulinspection.rectification.internal;

import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.identity.RoleGroups;
import cn.lawfulinspection.rectification.CheckVerdict;
import cn.lawfulinspection.rectification.FollowUpTasks;
import cn.lawfulinspection.rectification.Rectification;
import cn.lawfulinspection.rectification.RectificationService;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inspectors' side of a rectification (整改, R-RS-4): read it; verify it and re-check it on site, which completes
 * the follow-up process's user tasks. Who may check is a rule (an assigned inspector with a valid certificate,
 * R-MD-1): others are refused with a 422 problem.
 */
@RestController
@RequestMapping("/api/tasks/{id}/rectification")
@Tag(name = "整改核查", description = "执法人员核查企业整改情况、安排并进行现场复查（R-RS-4）")
class RectificationController {

  private static final Set<String> SEE_ALL = Set.of(RoleGroups.SUPERVISOR, RoleGroups.ADMIN);

  private final RectificationService rectifications;
  private final FollowUpTasks followUp;
  private final InspectionTaskService tasks;

  RectificationController(RectificationService rectifications, FollowUpTasks followUp, InspectionTaskService tasks) {
    this.rectifications = rectifications;
    this.followUp = followUp;
    this.tasks = tasks;
  }

  @GetMapping
  @Operation(summary = "检查任务的整改：期限、状态、企业报告和核查记录（本单位人员、任务执法人员、监督机构）")
  Rectification get(@PathVariable long id, Authentication user) {
    InspectionTask task = tasks.get(id);
    Set<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("GROUP_")).map(a -> a.substring("GROUP_".length())).collect(Collectors.toSet());
    if (!task.inspectorUserIds().contains(user.getName()) && !groups.contains(task.agencyCode())
        && groups.stream().noneMatch(SEE_ALL::contains)) {
      throw new AccessDeniedException("neither an inspector of task " + id + " nor staff of " + task.agencyCode());
    }
    return rectifications.of(id).orElseThrow(() -> new NotFoundException("检查任务 " + id + " 没有整改事项。"));
  }

  @PostMapping("/verification")
  @Operation(summary = "核查整改情况：整改到位（RECTIFIED），或安排复查（RECHECK，须填复查日期和意见）")
  Rectification verify(@PathVariable long id, @RequestBody Verification body, Authentication user) {
    return followUp.verify(id, body.verdict(), body.remark(), body.recheckDate());
  }

  @PostMapping("/recheck")
  @Operation(summary = "现场复查：整改到位，或仍未整改（须填意见，移交立案处理）")
  Rectification recheck(@PathVariable long id, @RequestBody Recheck body, Authentication user) {
    return followUp.recheck(id, body.rectified(), body.remark());
  }

  record Verification(CheckVerdict verdict, String remark, LocalDate recheckDate) {}

  record Recheck(Boolean rectified, String remark) {}
}
