package cn.lawfulinspection.task;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.policy.PolicyProfile.NoticeLead;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * R-NT-2 seen from the registration, where the seed says 一般 ({@code WARN_WITH_CONSENT}, YH 2(5)): a task whose
 * notice (检查预告) could not go out {@code noticeLead.workingDays} working days before its window even if it were
 * approved today needs the head's consent to the shorter lead; the warning tells the head before approving, and the
 * approval of the task gives the consent. Other modes raise nothing here (WARN warns when the notice goes out). Only
 * tasks that send a notice are concerned: routine kinds and non-surprise special ones.
 */
public final class NoticeLeadForecast {

  static final String RULE = "R-NT-2";

  private final PolicyProfile profile;
  private final WorkingDayCalendar calendar;

  public NoticeLeadForecast(PolicyProfile profile, WorkingDayCalendar calendar) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /**
   * A shorter lead than the profile asks.
   *
   * @param warning the warning kept on the task (shown to the head and to supervision)
   * @param headConsent the head's consent is needed (YH 一般)
   */
  public record Short(RuleWarning warning, boolean headConsent) {}

  public Optional<Short> atRegistration(InspectionKind kind, boolean surprise, LocalDate today, LocalDate opens) {
    NoticeLead lead = profile.noticeLead();
    if (kind == null || lead.mode() != NoticeLead.Mode.WARN_WITH_CONSENT || lead.workingDays() == null
        || !(kind.routine() || (kind == InspectionKind.SPECIAL && !surprise))) {
      return Optional.empty();
    }
    int days = calendar.workingDaysBetween(today, opens);
    if (days >= lead.workingDays()) {
      return Optional.empty();
    }
    String text = "检查预告应在检查开始前至少" + lead.workingDays() + "个工作日发出：检查自" + ChineseDates.format(opens)
        + "开始，即使今天（" + ChineseDates.format(today) + "）审批同意，预告也只能提前" + Math.max(days, 0) + "个工作日。";
    return Optional.of(new Short(new RuleWarning(RULE, text + "按规定预告期限一般不少于" + lead.workingDays()
        + "个工作日，缩短须经单位负责人同意：审批同意即视为同意缩短，并报执法监督机构。"), true));
  }
}
