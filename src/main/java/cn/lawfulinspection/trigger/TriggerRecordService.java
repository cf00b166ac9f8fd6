package cn.lawfulinspection.trigger;

import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.RuleConflictException;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.identity.Actor;
import cn.lawfulinspection.identity.Actors;
import cn.lawfulinspection.numbering.NumberCounters;
import cn.lawfulinspection.numbering.NumberKind;
import cn.lawfulinspection.plan.PlanService;
import cn.lawfulinspection.plan.StaffAgency;
import cn.lawfulinspection.task.NewTriggerRecord;
import cn.lawfulinspection.task.TriggerReason;
import cn.lawfulinspection.task.TriggerRecord;
import cn.lawfulinspection.task.TriggerRecords;
import cn.lawfulinspection.trigger.internal.TriggerRecordEntities;
import cn.lawfulinspection.trigger.internal.TriggerRecordEntity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-TK-10: agency staff register trigger records (触发记录), numbered per agency and year through the race-free counter
 * ({@code CF-SCJG-2026-0001}, R-IG-5); a triggered task links one of its agency's records of the same enterprise. One
 * record justifies one task: the registration locks the record's row, refuses it when another task used it (409) and
 * marks it used, so of simultaneous registrations from one record exactly one wins.
 */
@Service
@Transactional
public class TriggerRecordService implements TriggerRecords {

  private static final String RULE = "R-TK-10";

  private final TriggerRecordEntities records;
  private final EnterpriseService enterprises;
  private final PlanService plans;
  private final NumberCounters counters;
  private final Actors actors;
  private final Clock clock;

  TriggerRecordService(TriggerRecordEntities records, EnterpriseService enterprises, PlanService plans,
      NumberCounters counters, Actors actors, Clock clock) {
    this.records = records;
    this.enterprises = enterprises;
    this.plans = plans;
    this.counters = counters;
    this.actors = actors;
    this.clock = clock;
  }

  @Override
  public TriggerRecord register(NewTriggerRecord r) {
    Actor actor = actors.current();
    if (actor.isSystem()) {
      throw new RuleViolationException("R-IG-2", "registeredBy", "无法确定登记人：请登录后再登记触发记录。");
    }
    StaffAgency agency = plans.staffAgencyWithoutItemsOf(actor.userId());
    if (r.kind() == null) {
      throw new RuleViolationException(RULE, "kind",
          "请选择触发记录的类别（投诉举报、转办交办、执法办案、数据监测、企业申请、媒体曝光、上级交办等）。");
    }
    if (blank(r.source())) {
      throw new RuleViolationException(RULE, "source", "请填写触发记录的来源（如 12345 政务服务热线、转办单位及文号、监测平台）。");
    }
    if (blank(r.content())) {
      throw new RuleViolationException(RULE, "content", "请填写触发记录的内容（投诉举报、转办交办或监测发现的具体情况）。");
    }
    LocalDate today = LocalDate.now(clock);
    if (r.receivedOn() == null || r.receivedOn().isAfter(today)) {
      throw new RuleViolationException(RULE, "receivedOn", "请填写收到日期（不能晚于今天 " + today + "）。");
    }
    String ticket = blank(r.hotlineTicket()) ? null : r.hotlineTicket().strip();
    if (ticket != null && r.kind() != TriggerReason.COMPLAINT) {
      throw new RuleViolationException(RULE, "hotlineTicket", "12345 热线工单号只适用于投诉举报类触发记录，请删除工单号或将类别改为投诉举报。");
    }
    if (blank(r.enterpriseCode())) {
      throw new RuleViolationException(RULE, "enterpriseCode", "请填写触发记录涉及企业的统一社会信用代码。");
    }
    String code = r.enterpriseCode().strip().toUpperCase(Locale.ROOT);
    Enterprise enterprise = enterprises.find(code).orElseThrow(() -> new RuleViolationException(RULE,
        "enterpriseCode", "统一社会信用代码为 " + code + " 的企业不在检查对象名录中，请核对代码。"));
    String prefix = String.format(Locale.ROOT, "CF-%s-%d-", agency.agencyCode().toUpperCase(Locale.ROOT),
        today.getYear());
    long seq = counters.next(NumberKind.TRIGGER, agency.agencyCode(), today.getYear(),
        () -> NumberCounters.highestSuffix(records.numbersStartingWith(prefix), prefix));
    TriggerRecordEntity saved = records.saveAndFlush(new TriggerRecordEntity(
        prefix + String.format(Locale.ROOT, "%04d", seq), agency.agencyCode(), r.kind(), r.source().strip(), ticket,
        r.receivedOn(), r.content().strip(), enterprise.creditCode(), enterprise.name(), actor.userId(),
        clock.instant()));
    return saved.toRecord();
  }

  /** A record by id or number, for the staff of its agency (the caller checks who may read it). */
  @Transactional(readOnly = true)
  public TriggerRecord get(String reference) {
    return find(reference).map(TriggerRecordEntity::toRecord)
        .orElseThrow(() -> new NotFoundException("触发记录 " + reference + " 不存在"));
  }

  /** The agency's records, newest first. */
  @Transactional(readOnly = true)
  public List<TriggerRecord> ofAgency(String agencyCode) {
    return records.ofAgency(agencyCode).stream().map(TriggerRecordEntity::toRecord).toList();
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public TriggerRecord lockForTask(String reference, String agencyCode, String enterpriseCode,
      String exceptTaskNumber) {
    if (blank(reference)) {
      throw new RuleViolationException(RULE, "triggerRecord", "触发式检查须关联本单位已登记的触发记录（投诉举报、转办交办、"
          + "执法办案、数据监测、企业申请等，含编号、来源和收到日期）；仅填写文字说明不能作为触发事由。请先登记触发记录，再选择它登记检查任务。");
    }
    String ref = reference.strip();
    Optional<Long> id = idOf(ref);
    TriggerRecordEntity record = id.flatMap(records::lock)
        .filter(r -> r.toRecord().agencyCode().equals(agencyCode))
        .orElseThrow(() -> new RuleViolationException(RULE, "triggerRecord",
            "本单位没有编号为 " + ref + " 的触发记录，请核对编号或先登记触发记录。"));
    TriggerRecord r = record.toRecord();
    if (!r.enterpriseCode().equals(enterpriseCode)) {
      throw new RuleViolationException(RULE, "triggerRecord", "触发记录 " + r.recordNumber() + " 涉及的企业是"
          + r.enterpriseName() + "（" + r.enterpriseCode() + "），与本次检查的企业不一致；请选择该企业的触发记录。");
    }
    if (r.usedByTaskNumber() != null && !r.usedByTaskNumber().equals(exceptTaskNumber)) {
      throw new RuleConflictException(RULE, "triggerRecord", "触发记录 " + r.recordNumber() + " 已触发检查任务 "
          + r.usedByTaskNumber() + "，一条触发记录只能触发一个检查任务；如有新的投诉举报或线索，请另行登记触发记录。");
    }
    return r;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void use(long recordId, String taskNumber) {
    records.lock(recordId).ifPresent(r -> r.usedBy(taskNumber));
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void release(long recordId, String taskNumber) {
    records.lock(recordId).filter(r -> taskNumber.equals(r.usedByTaskNumber())).ifPresent(r -> r.usedBy(null));
  }

  @Override
  @Transactional(readOnly = true)
  public List<TriggerRecord> open(String agencyCode, Collection<String> enterpriseCodes) {
    if (enterpriseCodes.isEmpty()) {
      return List.of();
    }
    return records.open(agencyCode, enterpriseCodes).stream().map(TriggerRecordEntity::toRecord).toList();
  }

  private Optional<TriggerRecordEntity> find(String reference) {
    return idOf(reference.strip()).flatMap(records::findById);
  }

  private Optional<Long> idOf(String ref) {
    if (!ref.isEmpty() && ref.chars().allMatch(Character::isDigit) && ref.length() < 18) {
      return Optional.of(Long.parseLong(ref));
    }
    return records.idOf(ref.toUpperCase(Locale.ROOT));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
