package cn.lawfulinspection.notice.internal;

import cn.lawfulinspection.notice.Notice;
import cn.lawfulinspection.notice.NoticeService;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The stored notice (检查预告) of a task, for the task's agency, supervisors and the administrator. */
@RestController
@Tag(name = "检查预告", description = "检查任务已发出的检查预告（R-NT-1、R-NT-2）")
class NoticeController {

  private static final Set<String> SEE_ALL = Set.of("supervisor", "camunda-admin");

  private final NoticeService notices;
  private final InspectionTaskService tasks;

  NoticeController(NoticeService notices, InspectionTaskService tasks) {
    this.notices = notices;
    this.tasks = tasks;
  }

  @GetMapping("/api/tasks/{id}/notice")
  @Operation(summary = "检查任务已发出的检查预告：发送时间、内容、发送渠道")
  Notice notice(@PathVariable long id, Authentication user) {
    InspectionTask task = tasks.get(id);
    Set<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("GROUP_")).map(a -> a.substring("GROUP_".length())).collect(Collectors.toSet());
    if (groups.stream().noneMatch(SEE_ALL::contains) && !groups.contains(task.agencyCode())) {
      throw new AccessDeniedException("not staff of " + task.agencyCode());
    }
    return notices.require(id);
  }
}
