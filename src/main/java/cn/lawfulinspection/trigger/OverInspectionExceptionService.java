package cn.lawfulinspection.trigger;

import cn.lawfulinspection.common.RuleConflictException;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.identity.Actor;
import cn.lawfulinspection.identity.Actors;
import cn.lawfulinspection.identity.RoleGroups;
import cn.lawfulinspection.numbering.NumberCounters;
import cn.lawfulinspection.numbering.NumberKind;
import cn.lawfulinspection.task.OverInspectionExceptions;
import cn.lawfulinspection.trigger.internal.ExceptionEntities;
import cn.lawfulinspection.trigger.internal.ExceptionEntity;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-SV-2 (JJ 7): the justice bureau (a supervisor) grants an exception that lets one more triggered inspection of an
 * enterprise in a month go ahead above the block level; it is kept with who granted it, when and why (audited), and
 * one registration uses it, under its row lock.
 */
@Service
@Transactional
public class OverInspectionExceptionService implements OverInspectionExceptions {

  private static final String RULE = "R-SV-2";
  private static final Logger log = LoggerFactory.getLogger(OverInspectionExceptionService.class);

  private final ExceptionEntities exceptions;
  private final EnterpriseService enterprises;
  private final NumberCounters counters;
  private final Actors actors;
  private final Clock clock;

  OverInspectionExceptionService(ExceptionEntities exceptions, EnterpriseService enterprises,
      NumberCounters counters, Actors actors, Clock clock) {
    this.exceptions = exceptions;
    this.enterprises = enterprises;
    this.counters = counters;
    this.actors = actors;
    this.clock = clock;
  }

  /** A supervisor of the justice bureau grants the exception; anyone else is refused (403). */
  public OverInspectionException grant(String enterpriseCode, YearMonth month, String reason) {
    Actor actor = actors.current();
    if (actor.isSystem() || !actor.in(RoleGroups.SUPERVISOR)) {
      throw new AccessDeniedException("only the justice bureau grants over-inspection exceptions");
    }
    if (month == null) {
      throw new RuleViolationException(RULE, "month", "请填写例外适用的月份（形如 2026-12）。");
    }
    if (reason == null || reason.isBlank()) {
      throw new RuleViolationException(RULE, "reason", "请写明同意超过合理频次再次检查的理由。");
    }
    String code = enterpriseCode == null ? "" : enterpriseCode.strip().toUpperCase(Locale.ROOT);
    Enterprise enterprise = enterprises.find(code).orElseThrow(() -> new RuleViolationException(RULE,
        "enterpriseCode", "统一社会信用代码为 " + code + " 的企业不在检查对象名录中，请核对代码。"));
    int year = month.getYear();
    String prefix = "LW-SFJ-" + year + "-";
    long seq = counters.next(NumberKind.OVER_INSPECTION, "sfj", year,
        () -> NumberCounters.highestSuffix(exceptions.numbersStartingWith(prefix), prefix));
    ExceptionEntity saved = exceptions.saveAndFlush(new ExceptionEntity(
        prefix + String.format(Locale.ROOT, "%04d", seq), enterprise.creditCode(), enterprise.name(), month,
        reason.strip(), actor.userId(), clock.instant()));
    log.info("R-SV-2 exception {} granted by {} for {} in {}: {}", saved.toException().number(), actor.userId(),
        enterprise.creditCode(), month, reason.strip());
    return saved.toException();
  }

  @Transactional(readOnly = true)
  public List<OverInspectionException> ofEnterprise(String enterpriseCode) {
    return exceptions.ofEnterprise(enterpriseCode.strip().toUpperCase(Locale.ROOT)).stream()
        .map(ExceptionEntity::toException).toList();
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void lockForTask(String number, String enterpriseCode, YearMonth month, String exceptTaskNumber) {
    String n = number.strip().toUpperCase(Locale.ROOT);
    ExceptionEntity e = exceptions.lock(n).orElseThrow(() -> new RuleViolationException(RULE,
        "overInspectionException", "司法局没有编号为 " + n + " 的过度检查例外，请核对编号。"));
    if (!e.enterpriseCode().equals(enterpriseCode) || !e.month().equals(month.toString())) {
      throw new RuleViolationException(RULE, "overInspectionException", "过度检查例外 " + n + " 是为企业 "
          + e.enterpriseCode() + " 在 " + e.month() + " 准予的，不适用于本次检查（" + enterpriseCode + "，" + month + "）。");
    }
    if (e.usedByTaskNumber() != null && !e.usedByTaskNumber().equals(exceptTaskNumber)) {
      throw new RuleConflictException(RULE, "overInspectionException", "过度检查例外 " + n + " 已被检查任务 "
          + e.usedByTaskNumber() + " 使用；一项例外只准予一次检查，如确需再次检查，请再向司法局申请。");
    }
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void use(String number, String taskNumber) {
    exceptions.lock(number.strip().toUpperCase(Locale.ROOT)).ifPresent(e -> e.usedBy(taskNumber));
  }
}
