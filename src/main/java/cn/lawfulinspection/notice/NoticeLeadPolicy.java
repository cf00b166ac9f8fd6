package cn.lawfulinspection.notice;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.task.ChineseDates;
import cn.lawfulinspection.task.InspectionKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When the notice (检查预告) goes out:
 * <ul>
 *   <li>R-NT-2: at least {@code noticeLeadWorkingDays} working days before the window opens, i.e. that many working
 *       days in (sent, opens]; otherwise refused with the latest allowed send date;
 *   <li>R-NT-3: only a special inspection that must be a surprise (突击检查) may skip the notice, and only with the
 *       head's consent; a routine one never may. Superior-assigned and ad-hoc inspections are not bound to a notice.
 * </ul>
 */
public final class NoticeLeadPolicy {

  private final PolicyProfile profile;
  private final WorkingDayCalendar calendar;

  public NoticeLeadPolicy(PolicyProfile profile, WorkingDayCalendar calendar) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** R-NT-2 for a notice sent (or to be sent) on {@code sentOn} for a window opening on {@code opens}. */
  public Verdict check(LocalDate sentOn, LocalDate opens) {
    int lead = profile.noticeLeadWorkingDays();
    if (calendar.workingDaysBetween(sentOn, opens) >= lead) {
      return Verdict.allow();
    }
    return Verdict.refuse("R-NT-2", "sentOn", "检查预告须在检查开始前至少" + lead + "个工作日发出：检查自"
        + ChineseDates.format(opens) + "开始，预告最迟应于" + ChineseDates.format(latestSendDate(opens))
        + "发出，" + ChineseDates.format(sentOn) + "发出已不足" + lead + "个工作日。请推迟检查时间后重新发送预告。");
  }

  /** The last working day on which a notice for a window opening on {@code opens} may still go out. */
  public LocalDate latestSendDate(LocalDate opens) {
    LocalDate day = opens;
    int counted = 0;
    while (counted < profile.noticeLeadWorkingDays()) {
      if (calendar.isWorkingDay(day)) {
        counted++;
      }
      day = day.minusDays(1);
    }
    while (!calendar.isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** R-NT-3: may the notice be skipped for an inspection of {@code kind}? */
  public Verdict skip(InspectionKind kind, boolean surprise, boolean headConsented) {
    if (kind.routine()) {
      return Verdict.refuse("R-NT-3", "skipNotice", kind.label() + "必须提前" + profile.noticeLeadWorkingDays()
          + "个工作日向企业发出检查预告，不得免发。");
    }
    if (kind != InspectionKind.SPECIAL) { // R-NT-3: no kind skips the notice by itself
      return Verdict.refuse("R-NT-3", "skipNotice", kind.label() + "须在检查前向企业发出检查预告；只有专项检查在规定情形下、"
          + "经单位负责人同意才可不予预告。");
    }
    if (!surprise) {
      return Verdict.refuse("R-NT-3", "skipNotice", "专项检查只有确需突击检查时才可不发检查预告；如需突击检查，请勾选并说明理由，报单位负责人同意。");
    }
    if (!headConsented) {
      return Verdict.refuse("R-NT-3", "headConsent", "突击开展专项检查、不发检查预告，须经单位负责人同意；请先提交负责人审批。");
    }
    return Verdict.allow();
  }
}
