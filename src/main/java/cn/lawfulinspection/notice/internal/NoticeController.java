package cn.lawfulinspection.notice.internal;

import cn.lawfulinspection.notice.Notice;
import cn.lawfulinspection.notice.NoticeService;
import cn.lawfulinspection.task.InspectionTaskService;
import cn.lawfulinspection.task.TaskReaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The stored notice (检查预告) of a task, for the task's agency, supervisors and the administrator. */
@RestController
@Tag(name = "检查预告", description = "检查任务已发出的检查预告（R-NT-1、R-NT-2）")
class NoticeController {

  private final NoticeService notices;
  private final InspectionTaskService tasks;

  NoticeController(NoticeService notices, InspectionTaskService tasks) {
    this.notices = notices;
    this.tasks = tasks;
  }

  @GetMapping("/api/tasks/{id}/notice")
  @Operation(summary = "检查任务已发出的检查预告：发送时间、内容、发送渠道")
  Notice notice(@PathVariable long id, Authentication user) {
    TaskReaders.requireReader(tasks.get(id), user);
    return notices.require(id);
  }
}
