package cn.lawfulinspection.notice;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.policy.PolicyProfile.NoticeLead;
import cn.lawfulinspection.task.ChineseDates;
import cn.lawfulinspection.task.InspectionKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When the notice (检查预告) goes out:
 * <ul>
 *   <li>R-NT-2: where the profile sets a number ({@code noticeLead.workingDays}), at least that many working days
 *       before the window opens, i.e. that many working days in (sent, opens]. A shorter lead is, by
 *       {@code noticeLead.mode}: WARN (default) sent with a warning; WARN_WITH_CONSENT (YH 2(5) 「一般」) sent with the
 *       head's consent — the approval of the task — and reported; BLOCK (no shipped profile) refused. Profiles with no
 *       number (JY, JJ, SH) or no notice lead (YQ) check nothing here;
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

  /** How the lead is judged under the profile. */
  public NoticeLead.Mode mode() {
    return profile.noticeLead().mode();
  }

  /**
   * R-NT-2 for a notice sent (or to be sent) on {@code sentOn} for a window opening on {@code opens}: allowed, or
   * "short" with the message for the mode (a refusal only under BLOCK; under WARN and WARN_WITH_CONSENT the caller
   * sends the notice and keeps the message as a warning).
   */
  public Verdict check(LocalDate sentOn, LocalDate opens) {
    NoticeLead lead = profile.noticeLead();
    if (!lead.numbered() || calendar.workingDaysBetween(sentOn, opens) >= lead.workingDays()) {
      return Verdict.allow();
    }
    int days = lead.workingDays();
    String shortBy = "检查预告须在检查开始前至少" + days + "个工作日发出：检查自" + ChineseDates.format(opens)
        + "开始，预告最迟应于" + ChineseDates.format(latestSendDate(opens)) + "发出，" + ChineseDates.format(sentOn)
        + "发出已不足" + days + "个工作日。";
    return Verdict.refuse("R-NT-2", "sentOn", switch (lead.mode()) {
      case WARN_WITH_CONSENT -> shortBy + "按规定预告期限一般不少于" + days
          + "个工作日：单位负责人审批同意检查方案即同意缩短预告期限，预告照常发出，并报执法监督机构。";
      case WARN -> shortBy + "预告照常发出，此预警报执法监督机构。";
      default -> shortBy + "请推迟检查时间后重新发送预告。";
    });
  }

  /** The last working day on which a notice for a window opening on {@code opens} may still go out. */
  public LocalDate latestSendDate(LocalDate opens) {
    Integer lead = profile.noticeLead().workingDays();
    LocalDate day = opens;
    int counted = 0;
    while (counted < (lead == null ? 0 : lead)) {
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
      NoticeLead lead = profile.noticeLead();
      return Verdict.refuse("R-NT-3", "skipNotice", kind.label() + (lead.numbered()
          ? "必须提前" + lead.workingDays() + "个工作日" : "必须在检查前") + "向企业发出检查预告，不得免发。");
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
