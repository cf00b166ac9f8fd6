package cn.lawfulinspection.trigger.internal;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.task.NewTriggerRecord;
import cn.lawfulinspection.task.TaskReaders;
import cn.lawfulinspection.task.TriggerRecord;
import cn.lawfulinspection.task.NewTriggerRecord;
import cn.lawfulinspection.trigger.OverInspectionException;
import cn.lawfulinspection.trigger.OverInspectionExceptionService;
import cn.lawfulinspection.trigger.TriggerRecordService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trigger records (R-TK-10): agency staff register them and read their agency's; supervision reads all. The justice
 * bureau grants over-inspection exceptions (R-SV-2).
 */
@RestController
@Tag(name = "触发记录", description = "登记投诉举报、转办交办、执法办案、数据监测、企业申请等触发记录；司法局准予过度检查例外")
class TriggerRecordController {

  private final TriggerRecordService records;
  private final OverInspectionExceptionService exceptions;

  TriggerRecordController(TriggerRecordService records, OverInspectionExceptionService exceptions) {
    this.records = records;
    this.exceptions = exceptions;
  }

  @PostMapping("/api/triggers")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "登记触发记录（编号、来源、收到日期、内容、涉及企业；投诉举报可附 12345 工单号），登记人为当前用户所在单位")
  TriggerRecord register(@RequestBody NewTriggerRecord request) {
    return records.register(request);
  }

  @GetMapping("/api/triggers")
  @Operation(summary = "本单位的触发记录（监督机构可按 agency 查看任一单位的）")
  List<TriggerRecord> list(@RequestParam(required = false) String agency, Authentication user) {
    if (agency == null) {
      return TaskReaders.groups(user).stream().sorted().flatMap(g -> records.ofAgency(g).stream()).toList();
    }
    if (!TaskReaders.seesAll(user) && !TaskReaders.groups(user).contains(agency)) {
      throw new AccessDeniedException("not staff of " + agency);
    }
    return records.ofAgency(agency);
  }

  @GetMapping("/api/triggers/{reference}")
  @Operation(summary = "一条触发记录（按 id 或编号），含它触发的检查任务编号")
  TriggerRecord get(@PathVariable String reference, Authentication user) {
    TriggerRecord record = records.get(reference);
    if (!TaskReaders.seesAll(user) && !TaskReaders.groups(user).contains(record.agencyCode())) {
      throw new AccessDeniedException("not staff of " + record.agencyCode());
    }
    return record;
  }

  /** The justice bureau's grant. */
  record Grant(String enterpriseCode, String month, String reason) {}

  @PostMapping("/api/over-inspection-exceptions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "司法局准予过度检查例外（R-SV-2）：某企业某月可再进行一次超过阻断频次的触发式检查，须写明理由")
  OverInspectionException grant(@RequestBody Grant grant) {
    YearMonth month;
    try {
      month = grant.month() == null ? null : YearMonth.parse(grant.month().strip());
    } catch (DateTimeParseException e) {
      throw new RuleViolationException("R-SV-2", "month", "月份格式不正确：" + grant.month() + "，请写成 2026-12 这样的“年-月”。");
    }
    return exceptions.grant(grant.enterpriseCode(), month, grant.reason());
  }

  @GetMapping("/api/over-inspection-exceptions")
  @Operation(summary = "一家企业的过度检查例外及其使用情况")
  List<OverInspectionException> ofEnterprise(@RequestParam String enterprise) {
    return exceptions.ofEnterprise(enterprise);
  }
}
