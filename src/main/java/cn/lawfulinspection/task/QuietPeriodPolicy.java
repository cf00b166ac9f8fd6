package cn.lawfulinspection.task;

import cn.lawfulinspection.calendar.WorkingDayCalendar;
import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.policy.QuietPeriod;
import cn.lawfulinspection.policy.QuietRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * R-TK-7, the enterprise quiet period (企业安静期) of the profile, by its {@link QuietRule}.
 *
 * <p>JY 2(3) ({@link QuietRule#ROUTINE_AVOIDS}, also the default):
 * <ul>
 *   <li>a routine inspection (日常, 双随机) whose window touches the quiet period is refused, naming the quiet days
 *       and the next days it may take place;
 *   <li>any other inspection inside it (special, superior-assigned, or a trigger not exempt) is allowed only with
 *       the head's approval and a filing with the justice bureau within {@code quietFilingDays} working days;
 *   <li>the triggers the profile lists in {@code quietExemptTriggers} are exempt (JY 2(3): complaints and data
 *       anomalies; YH 2(3): complaints, case handling, superior assignments, the public-safety emergency); Yunhe's other
 *       exemptions (superior-assigned kind, every emergency, 严重失信 enterprises) are in {@link QuietExemptions}; so is
 *       every task under a profile without a quiet period.
 * </ul>
 *
 * <p>YH 2(3) ({@link QuietRule#APPROVE_AND_FILE}): any inspection inside it, routine included (确需实施行政检查的), is
 * allowed only with the approval of the agency's principal head (主要负责人) and a filing with the county comprehensive
 * enforcement office (县综合执法办) within {@code quietFilingDays} working days; a B-tier enterprise's quiet period
 * starts {@code bTierQuietExtraDays} days earlier (YH 2(6) 延长企业安静期).
 *
 * <p>What is exempt is decided in one place, {@link QuietExemptions}; so is every task under a profile without a quiet
 * period.
 */
public final class QuietPeriodPolicy {

  static final String RULE = "R-TK-7";
  /** Bounds the search for the next allowed day; a quiet period never lasts a whole year. */
  private static final int SEARCH_DAYS = 400;

  private final PolicyProfile profile;
  private final WorkingDayCalendar calendar;

  public QuietPeriodPolicy(PolicyProfile profile, WorkingDayCalendar calendar) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  public QuietPeriodCheck check(QuietPeriodQuery query) {
    QuietPeriod quiet = quietPeriodOf(query.tier());
    if (quiet == null || QuietExemptions.exemption(profile, query).isPresent()) {
      return QuietPeriodCheck.allowed();
    }
    boolean yunhe = profile.quietRule() == QuietRule.APPROVE_AND_FILE;
    List<InspectionWindow> quietDays = quietDays(quiet, query.window());
    if (quietDays.isEmpty()) {
      return QuietPeriodCheck.allowed();
    }
    String overlap = "检查时间（" + query.window().label() + "）与企业安静期（" + label(quiet) + "）重叠："
        + String.join("、", quietDays.stream().map(InspectionWindow::label).toList()) + "。";
    if (query.kind().routine() && !yunhe) {
      return QuietPeriodCheck.refused(Verdict.refuse(RULE, "window",
          overlap + query.kind().label() + "不得安排在安静期内，" + suggestion(quiet, query.window().opens())));
    }
    LocalDate due = calendar.plusWorkingDays(query.decidedOn(), profile.quietFilingDays());
    HeadConsent consent = HeadConsent.requiredBy(RULE, overlap + "安静期内开展" + kindLabel(query)
        + (yunhe ? "须报本单位主要负责人批准" : "须经单位负责人批准") + "，并于" + ChineseDates.format(due) + "前（"
        + profile.quietFilingDays() + "个工作日内）报" + filingOffice(profile) + "备案。");
    return new QuietPeriodCheck(Verdict.allow(), consent, due);
  }

  /** Where an approved quiet-period exception is filed: 县综合执法办 (YH 2(3)) or 司法局 (JY 2(3)). */
  public static String filingOffice(PolicyProfile profile) {
    return profile.quietRule() == QuietRule.APPROVE_AND_FILE ? "县综合执法办" : "司法局";
  }

  /** The profile's quiet period, started {@code bTierQuietExtraDays} earlier for a B-tier enterprise (YH 2(6)). */
  QuietPeriod quietPeriodOf(CreditTier tier) {
    QuietPeriod quiet = profile.quietPeriod();
    if (quiet == null || tier != CreditTier.B || profile.bTierQuietExtraDays() <= 0) {
      return quiet;
    }
    return new QuietPeriod(Math.max(1, quiet.fromDay() - profile.bTierQuietExtraDays()), quiet.toDay());
  }

  private static String kindLabel(QuietPeriodQuery query) {
    return query.trigger() == null ? query.kind().label() : query.trigger().label() + "检查";
  }

  /** The runs of consecutive quiet days inside the window. */
  static List<InspectionWindow> quietDays(QuietPeriod quiet, InspectionWindow window) {
    List<InspectionWindow> runs = new ArrayList<>();
    LocalDate start = null;
    for (LocalDate d = window.opens(); !d.isAfter(window.closes()); d = d.plusDays(1)) {
      if (quiet.contains(d) && start == null) {
        start = d;
      } else if (!quiet.contains(d) && start != null) {
        runs.add(new InspectionWindow(start, d.minusDays(1)));
        start = null;
      }
    }
    if (start != null) {
      runs.add(new InspectionWindow(start, window.closes()));
    }
    return runs;
  }

  /** "请将检查时间调整到2026年3月16日至2026年3月31日之间。": from the next working day outside the period. */
  private String suggestion(QuietPeriod quiet, LocalDate from) {
    LocalDate first = from;
    int guard = 0;
    while ((quiet.contains(first) || !calendar.isWorkingDay(first)) && guard++ < SEARCH_DAYS) {
      first = first.plusDays(1);
    }
    if (guard >= SEARCH_DAYS) {
      return "请调整检查时间。";
    }
    LocalDate last = first;
    while (!quiet.contains(last.plusDays(1)) && guard++ < SEARCH_DAYS) {
      last = last.plusDays(1);
    }
    return "请将检查时间调整到" + new InspectionWindow(first, last).label() + "之间。";
  }

  private static String label(QuietPeriod quiet) {
    return quiet.toDay() >= 28 ? "每月" + quiet.fromDay() + "日至月末" : "每月" + quiet.fromDay() + "日至" + quiet.toDay() + "日";
  }
}
