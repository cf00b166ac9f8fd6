package cn.lawfulinspection.task;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.policy.PolicyProfile.AnnualCap;
import cn.lawfulinspection.policy.PolicyProfile.TierCaps;
import java.util.Objects;

/**
 * R-TK-5: per agency, per enterprise, per year, on-site inspections stay within the cap (年度频次上限) — where the
 * locality sets one ({@code annualCap.mode} of the profile):
 * <ul>
 *   <li>{@code TIERS} (default, YH): the tier cap (A exempt from routine on-site inspection, B ≤ 1, C ≤ 2, D may
 *       exceed), or {@code defaultCap} for an enterprise not yet graded; the white list lowers the cap one tier, the
 *       key-supervision list raises it one tier; a plan that states a cap applies where it is stricter. The A
 *       exemption covers routine inspections only, so another trigger of an A enterprise is held to {@code defaultCap};
 *   <li>{@code PLAN_CAP} (YQ 4): the cap the plan states;
 *   <li>{@code NONE} (JJ, SH) and {@code HEAD_DECIDES} (JY: lowering is the head's decision, R-TK-6): no number.
 * </ul>
 * Triggers in {@code exemptTriggers} always pass (YQ: complaint, referral, data monitoring, enterprise request; YH:
 * none, every on-site inspection counts). Above the cap the inspection is refused, except where the seed says
 * 原则上 ({@code exceptionWithHeadConsent}, YH): then it needs the head's consent — the approval of the task — and the
 * warning reports it to supervision.
 */
public final class AnnualCapPolicy {

  static final String RULE = "R-TK-5";
  private static final String FIELD = "enterpriseId";

  private final PolicyProfile profile;

  public AnnualCapPolicy(PolicyProfile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  /** Allowed or refused; an exception the head must approve (YH) counts as allowed here, see {@link #assess}. */
  public Verdict check(AnnualCapQuery query) {
    return assess(query).verdict();
  }

  /** The verdict and, where the seed allows an exception with the head's approval, the consent it needs. */
  public AnnualCapCheck assess(AnnualCapQuery query) {
    AnnualCap rule = profile.annualCap();
    if (rule.mode() == AnnualCap.Mode.NONE || rule.mode() == AnnualCap.Mode.HEAD_DECIDES) {
      return AnnualCapCheck.ALLOWED;
    }
    if (query.trigger() != null && query.trigger().outsideAnnualCap(profile)) {
      return AnnualCapCheck.ALLOWED;
    }
    Integer cap = cap(query);
    if (cap == null) {
      return AnnualCapCheck.ALLOWED;
    }
    if (cap == 0) {
      if (query.trigger() == null) {
        return AnnualCapCheck.refused(Verdict.refuse(RULE, FIELD, subject(query) + "，免于日常现场检查。"
            + "如确有投诉举报、数据监测异常等情形，请登记为触发式检查；日常监管请采用非现场检查方式。"));
      }
      cap = rule.defaultCap() == null ? 0 : rule.defaultCap();
    }
    if (query.countedThisYear() >= cap) {
      String over = subject(query) + "，本年度本单位已现场检查" + query.countedThisYear() + "次，已达" + source(query)
          + "上限" + cap + "次";
      if (rule.exceptionWithHeadConsent()) {
        return new AnnualCapCheck(Verdict.allow(), HeadConsent.requiredBy(RULE, over
            + "。按规定原则上不得超过，确需检查的须经单位负责人批准，并报执法监督机构。"));
      }
      return AnnualCapCheck.refused(Verdict.refuse(RULE, FIELD, over + "。"
          + "请改用非现场检查或在下一年度安排；如有投诉举报、转办交办等触发事由，请登记为触发式检查。"));
    }
    return AnnualCapCheck.ALLOWED;
  }

  /** The cap that applies to the query, {@code null} for none. */
  public Integer cap(AnnualCapQuery query) {
    AnnualCap rule = profile.annualCap();
    return switch (rule.mode()) {
      case NONE, HEAD_DECIDES -> null;
      case PLAN_CAP -> query.planCap();
      case TIERS -> {
        Integer tierCap = tierCap(query);
        Integer planCap = query.planCap();
        yield planCap == null ? tierCap : tierCap == null ? planCap : Integer.valueOf(Math.min(planCap, tierCap));
      }
    };
  }

  private Integer tierCap(AnnualCapQuery query) {
    CreditTier tier = effectiveTier(query);
    AnnualCap rule = profile.annualCap();
    if (tier == null) {
      return rule.defaultCap();
    }
    TierCaps caps = rule.tiers();
    return switch (tier) {
      case A -> caps.a();
      case B -> caps.b();
      case C -> caps.c();
      case D -> caps.d();
    };
  }

  /**
   * The answer of {@link #assess}: the verdict, and the head's consent an allowed exception needs.
   *
   * @param verdict allowed or refused
   * @param consent required when the inspection goes above the cap with the head's approval (原则上, YH)
   */
  public record AnnualCapCheck(Verdict verdict, HeadConsent consent) {
    static final AnnualCapCheck ALLOWED = new AnnualCapCheck(Verdict.allow(), HeadConsent.notRequired());

    static AnnualCapCheck refused(Verdict verdict) {
      return new AnnualCapCheck(verdict, HeadConsent.notRequired());
    }
  }

  /** The tier whose cap applies: one step better on the white list, one step worse on the key list. */
  static CreditTier effectiveTier(AnnualCapQuery query) {
    CreditTier tier = query.tier();
    if (tier == null) {
      return null;
    }
    CreditTier[] tiers = CreditTier.values();
    int index = tier.ordinal();
    if (query.keySupervision()) {
      index = Math.min(index + 1, tiers.length - 1);
    } else if (query.whiteListed()) {
      index = Math.max(index - 1, 0);
    }
    return tiers[index];
  }

  private static String subject(AnnualCapQuery query) {
    if (query.tier() == null) {
      return "该企业尚未评定信用等级";
    }
    String text = "该企业信用等级为" + query.tier().name() + "级";
    if (query.keySupervision()) {
      text += "（列入重点监管对象库，按" + effectiveTier(query).name() + "级频次执行）";
    } else if (query.whiteListed()) {
      text += "（列入白名单库，按" + effectiveTier(query).name() + "级频次执行）";
    }
    return text;
  }

  private String source(AnnualCapQuery query) {
    return query.planCap() != null && Objects.equals(cap(query), query.planCap()) ? "检查计划规定的" : "";
  }
}
