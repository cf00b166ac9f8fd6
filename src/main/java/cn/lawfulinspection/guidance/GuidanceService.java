package cn.lawfulinspection.guidance;

import static cn.lawfulinspection.guidance.process.GuidanceProcessIds.*;

import cn.lawfulinspection.agency.Agency;
import cn.lawfulinspection.agency.AgencyService;
import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.PlatformClock;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.guidance.internal.GuidanceEntities;
import cn.lawfulinspection.guidance.internal.GuidanceEntity;
import cn.lawfulinspection.identity.Actor;
import cn.lawfulinspection.identity.Actors;
import cn.lawfulinspection.identity.AgencyGroups;
import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.policy.Policies;
import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.task.InspectionTask;
import cn.lawfulinspection.task.InspectionTaskService;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Module API of {@code guidance}: the one place that records guidance requests and their steps (R-TK-9, R-NT-4). The
 * enterprise asks (through its service link) or the staff register a phone request; each request starts its own
 * {@code GuidanceRequestProcess}, bound to the record (R-IG-3); the staff's answer, the platform's escalation of a late
 * answer, the enterprise's consent, the visit and the link to an inspection task the staff registered all go through
 * here with the authenticated user as actor (R-IG-2).
 */
@Service
@Transactional
public class GuidanceService {

  private static final Logger log = LoggerFactory.getLogger(GuidanceService.class);
  /** The trace name of the enterprise acting on its own page (not logged in). */
  public static final String ENTERPRISE_ACTOR = "enterprise";

  private final GuidanceEntities records;
  private final EnterpriseService enterprises;
  private final AgencyService agencies;
  private final InspectionTaskService tasks;
  private final Policies policies;
  private final WorkingDayCalendar calendar;
  private final Actors actors;
  private final RunAs runAs;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final Clock clock;

  GuidanceService(GuidanceEntities records, EnterpriseService enterprises, AgencyService agencies,
      InspectionTaskService tasks, Policies policies, WorkingDayCalendar calendar, Actors actors, RunAs runAs,
      RuntimeService runtimeService, TaskService taskService, Clock clock) {
    this.records = records;
    this.enterprises = enterprises;
    this.agencies = agencies;
    this.tasks = tasks;
    this.policies = policies;
    this.calendar = calendar;
    this.actors = actors;
    this.runAs = runAs;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.clock = clock;
  }

  /**
   * The enterprise asks for guidance or invites a visit on its own page (its service link was verified by the
   * caller). An invitation (邀约走访、邀请观摩) is the enterprise's consent to the visit (R-TK-9).
   */
  public GuidanceRequest requestByEnterprise(String enterpriseCode, String agencyCode, GuidanceKind kind,
      String subject, String contact) {
    Agency agency = inspectingAgency(agencyCode);
    return open(enterprises.get(enterpriseCode), agency, kind, GuidanceSource.ENTERPRISE_PAGE, subject, contact,
        ENTERPRISE_ACTOR, kind != null && kind.invitation() ? Consent.INVITED : null);
  }

  /**
   * The agency's staff register a request the enterprise made by phone (电话受理). The staff member's word is not the
   * enterprise's consent to a visit: the enterprise gives it on its page, whose link the platform sends it now.
   */
  public GuidanceRequest registerByPhone(String enterpriseCode, GuidanceKind kind, String subject, String contact) {
    Actor actor = actors.current();
    Agency agency = agencyOf(actor);
    Enterprise enterprise = enterprises.find(enterpriseCode == null ? "" : enterpriseCode.strip())
        .orElseThrow(() -> new RuleViolationException(GuidancePolicy.RULE, "enterpriseCode",
            "统一社会信用代码为 " + enterpriseCode + " 的企业不在检查对象库中，请核对后再登记。"));
    return open(enterprise, agency, kind, GuidanceSource.PHONE, subject, contact, actor.userId(), null);
  }

  private GuidanceRequest open(Enterprise enterprise, Agency agency, GuidanceKind kind, GuidanceSource source,
      String subject, String contact, String registeredBy, Consent consent) {
    GuidancePolicy.request(kind, subject, contact).orThrow();
    PolicyProfile profile = policies.current();
    Instant now = clock.instant();
    Integer days = profile.guidanceReplyDeadline() ? profile.guidanceReplyWorkingDays() : null;
    GuidanceEntity record = records.saveAndFlush(new GuidanceEntity(agency.code(), agency.name(),
        enterprise.creditCode(), enterprise.name(), kind, source, subject.strip(), blankToNull(contact), registeredBy,
        now, profile.name(), days, days == null ? null : dueAt(now, days), consent));
    String number = "ZD-" + YearMonth.now(clock).getYear() + "-" + String.format("%06d", record.id());
    record.numbered(number);
    Map<String, Object> variables = new HashMap<>();
    variables.put(GUIDANCE_NUMBER, number);
    variables.put(AGENCY_CODE, AgencyGroups.staffGroup(agency.code()));
    variables.put(GUIDANCE_SUMMARY, summary(record.toRequest()));
    variables.put(REPLY_PERIOD, days != null);
    String instance = runAs.asEngine(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, number, variables)
        .getId());
    record.bind(instance);
    if (days != null) {
      // the record keeps the due date the engine gave the answer task (counted from the task's creation, nWD)
      runAs.asEngine(() -> taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(ANSWER_GUIDANCE)
          .list().forEach(t -> record.replyDue(t.getDueDate().toInstant())));
    }
    log.info("R-NT-4: guidance request {} of {} to {} ({}), answer {}", number, enterprise.creditCode(),
        agency.code(), source, days == null ? "without a period (profile " + profile.name() + ")" : "due " + record
        .toRequest().replyDueAt());
    return record.toRequest();
  }

  /** The instant {@code days} working days after {@code from}, at the same time of day (as {@code <n>WD} counts). */
  Instant dueAt(Instant from, int days) {
    ZonedDateTime start = from.atZone(PlatformClock.CHINA);
    return calendar.plusWorkingDays(start.toLocalDate(), days).atTime(start.toLocalTime())
        .atZone(PlatformClock.CHINA).toInstant();
  }

  /**
   * 答复 by our REST API: completes the open answer task of the request's process with the form's values, so that the
   * same listener records it as from Tasklist ({@link #recordAnswer}).
   */
  public GuidanceRequest answer(long id, String answer, boolean visitProposed) {
    GuidanceEntity record = locked(id);
    staffCheck(record, actors.current());
    runAs.asEngine(() -> {
      Task open = taskService.createTaskQuery().processInstanceId(record.processInstanceId())
          .taskDefinitionKeyIn(ANSWER_GUIDANCE, ANSWER_GUIDANCE_NO_PERIOD).singleResult();
      if (open == null) {
        throw new RuleViolationException(GuidancePolicy.REPLY_RULE, "status", "该行政指导请求已经答复，不能再次答复。");
      }
      Map<String, Object> variables = new HashMap<>();
      variables.put(GUIDANCE_ANSWER, answer);
      variables.put(VISIT_PROPOSED, visitProposed);
      try {
        taskService.setAssignee(open.getId(), actors.current().userId());
        taskService.complete(open.getId(), variables);
      } catch (ProcessEngineException e) {
        throw RuleViolationException.in(e).orElseThrow(() -> e);
      }
    });
    return get(id);
  }

  /** The answer taken on the bound record by the user completing the task (the task listener). */
  public GuidanceRequest recordAnswer(long id, String answer, boolean visitProposed) {
    GuidanceEntity record = locked(id);
    Actor actor = actors.current();
    staffCheck(record, actor);
    GuidancePolicy.answer(record.status(), answer).orThrow();
    record.answered(answer.strip(), visitProposed, actor.userId(), clock.instant());
    return record.toRequest();
  }

  /**
   * The platform's timer found the answer late (R-NT-4, warn): recorded for supervision; the answer task stays open
   * and the head is added to its candidates. Returns what to tell.
   */
  public String recordReplyOverdue(long id) {
    GuidanceEntity record = locked(id);
    if (!actors.current().isSystem()) {
      throw new RuleViolationException("R-IG-1", "actor", "逾期答复只能由平台定时任务记录。");
    }
    if (record.status() != GuidanceStatus.AWAITING_REPLY) {
      return "行政指导请求 " + record.requestNumber() + " 已答复，无需督办。";
    }
    record.replyOverdue(clock.instant());
    return "行政指导请求 " + record.requestNumber() + " 逾期未答复，已报单位负责人督办并记录（R-NT-4）。";
  }

  /** The enterprise agrees to (or declines) a visit on its own page (R-TK-9). */
  public GuidanceRequest consent(String enterpriseCode, String requestNumber, Boolean agrees) {
    GuidanceEntity record = ofEnterprise(enterpriseCode, requestNumber);
    GuidancePolicy.consent(record.status(), agrees).orThrow();
    record.consent(agrees ? (record.consent() == Consent.INVITED ? Consent.INVITED : Consent.CONSENTED)
        : Consent.DECLINED, clock.instant());
    return record.toRequest();
  }

  /** The staff record the visit (走访、观摩、入企指导): only with the enterprise's invitation or consent (R-TK-9). */
  public GuidanceRequest recordVisit(long id, String notes) {
    GuidanceEntity record = locked(id);
    Actor actor = actors.current();
    staffCheck(record, actor);
    GuidancePolicy.visit(record.status(), record.consent(), notes).orThrow();
    record.visited(actor.userId(), clock.instant(), notes.strip());
    return record.toRequest();
  }

  /**
   * A problem found during guidance: the staff registered an inspection task the normal way (登记检查任务, head's
   * approval, scan-in); the guidance record references it and stays a guidance record (R-TK-9).
   */
  public GuidanceRequest linkInspectionTask(long id, String taskNumber) {
    GuidanceEntity record = locked(id);
    Actor actor = actors.current();
    staffCheck(record, actor);
    if (record.inspectionTaskNumber() != null) {
      throw new RuleViolationException(GuidancePolicy.RULE, "taskNumber", "该指导记录已关联检查任务 "
          + record.inspectionTaskNumber() + "。");
    }
    InspectionTask task = tasks.ofEnterprise(record.enterpriseCode(), Set.of(record.agencyCode())).stream()
        .filter(t -> t.taskNumber().equals(taskNumber == null ? null : taskNumber.strip())).findFirst()
        .orElseThrow(() -> new RuleViolationException(GuidancePolicy.RULE, "taskNumber", "检查任务 " + taskNumber
            + " 不是本单位对该企业登记的检查任务。发现问题需要检查的，请先按规定登记检查任务，再关联其编号。"));
    record.linkTask(task.taskNumber(), actor.userId(), clock.instant());
    return record.toRequest();
  }

  /** R-TK-9: a guidance record never takes an inspection result nor opens a rectification; always refused. */
  public void refuseInspectionStep(long id) {
    GuidanceEntity record = records.findById(id)
        .orElseThrow(() -> new NotFoundException("行政指导记录 " + id + " 不存在。"));
    staffCheck(record, actors.current());
    GuidancePolicy.inspectionResult().orThrow();
  }

  @Transactional(readOnly = true)
  public GuidanceRequest get(long id) {
    return records.findById(id).map(GuidanceEntity::toRequest)
        .orElseThrow(() -> new NotFoundException("行政指导记录 " + id + " 不存在。"));
  }

  /** The request a step of its process acts on: found by the process instance (R-IG-3), its number checked. */
  @Transactional(readOnly = true)
  public long boundTo(String processInstanceId, String businessKey) {
    GuidanceEntity record = records.findByProcessInstanceId(processInstanceId).orElseThrow(
        () -> new RuleViolationException("R-IG-3", "processInstance", "流程实例 " + processInstanceId
            + " 没有绑定行政指导请求：只有企业或工作人员提出请求时平台发起的流程才能办理，已拒绝。"));
    if (businessKey != null && !businessKey.equals(record.requestNumber())) {
      throw new RuleViolationException("R-IG-3", "businessKey", "流程实例的业务编号 " + businessKey
          + " 与其绑定的行政指导请求 " + record.requestNumber() + " 不一致，已拒绝。");
    }
    return record.id();
  }

  /** The enterprise's own requests, newest first (its page). */
  @Transactional(readOnly = true)
  public List<GuidanceRequest> ofEnterprise(String enterpriseCode) {
    return records.findByEnterpriseCodeOrderByRequestedAtDesc(enterpriseCode).stream()
        .map(GuidanceEntity::toRequest).toList();
  }

  /** Every request made in {@code month} (Beijing time), for supervision. */
  @Transactional(readOnly = true)
  public List<GuidanceRequest> ofMonth(YearMonth month) {
    Instant from = month.atDay(1).atStartOfDay(PlatformClock.CHINA).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(PlatformClock.CHINA).toInstant();
    return records.findByRequestedAtGreaterThanEqualAndRequestedAtLessThanOrderByRequestedAt(from, to).stream()
        .map(GuidanceEntity::toRequest).toList();
  }

  /** The form's summary of a request. */
  static String summary(GuidanceRequest r) {
    return r.requestNumber() + "｜" + r.enterpriseName() + "（" + r.enterpriseCode() + "）\n事项：" + r.kind().label()
        + "\n来源：" + r.source().label() + (r.contact() == null ? "" : "\n联系方式：" + r.contact())
        + "\n内容：" + r.subject()
        + (r.replyWorkingDays() == null ? "\n答复时限：本地政策未规定答复时限，请及时答复。"
        : "\n答复时限：收到后 " + r.replyWorkingDays() + " 个工作日内（R-NT-4）");
  }

  private GuidanceEntity ofEnterprise(String enterpriseCode, String requestNumber) {
    return records.findByEnterpriseCodeOrderByRequestedAtDesc(enterpriseCode).stream()
        .filter(r -> r.requestNumber().equals(requestNumber)).findFirst()
        .map(r -> locked(r.id()))
        .orElseThrow(() -> new NotFoundException("贵企业没有编号为 " + requestNumber + " 的行政指导请求。"));
  }

  /** Staff of the record's agency (or its head); anyone else is refused (R-IG-1). */
  private static void staffCheck(GuidanceEntity record, Actor actor) {
    if (actor.isSystem() || !(actor.in(AgencyGroups.staffGroup(record.agencyCode()))
        || actor.in(AgencyGroups.headGroup(record.agencyCode())))) {
      throw new RuleViolationException("R-IG-1", "actor", "行政指导请求 " + record.requestNumber() + " 只能由"
          + record.agencyCode() + " 的工作人员办理" + (actor.isSystem() ? "，当前没有登录用户。" : "，用户 "
          + actor.userId() + " 无权办理。"));
    }
  }

  private Agency agencyOf(Actor actor) {
    return agencies.all().stream().filter(a -> !a.justiceBureau() && actor.in(a.code())).findFirst()
        .orElseThrow(() -> new RuleViolationException("R-IG-1", "actor", (actor.isSystem() ? "当前没有登录用户"
            : "用户 " + actor.userId() + " 不属于任何行政执法机关") + "，不能登记行政指导请求。"));
  }

  private Agency inspectingAgency(String code) {
    Agency agency = agencies.find(code == null ? "" : code.strip()).orElse(null);
    if (agency == null || agency.justiceBureau()) {
      throw new RuleViolationException(GuidancePolicy.RULE, "agencyCode", "请选择要申请指导的行政执法部门（"
          + String.join("、", agencies.all().stream().filter(a -> !a.justiceBureau())
          .map(a -> a.code() + " " + a.name()).toList()) + "）。");
    }
    return agency;
  }

  private GuidanceEntity locked(long id) {
    return records.lock(id).orElseThrow(() -> new NotFoundException("行政指导记录 " + id + " 不存在。"));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The agency of the authenticated staff member; refused (R-IG-1) for anyone else. */
  @Transactional(readOnly = true)
  public String staffAgency() {
    return agencyOf(actors.current()).code();
  }
}
