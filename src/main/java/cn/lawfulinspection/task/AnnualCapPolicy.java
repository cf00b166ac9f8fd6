package cn.lawfulinspection.task;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.policy.PolicyProfile.TierCaps;
import java.util.Objects;

/**
 * R-TK-5: per agency, per enterprise, per year, on-site inspections stay within the cap (年度频次上限).
 *
 * <p>The cap is the profile's tier cap (A exempt from routine on-site inspection, B ≤ 1, C ≤ 2, D may exceed), or
 * {@code defaultAnnualCap} for an enterprise not yet graded. The white list lowers the cap one tier, the
 * key-supervision list raises it one tier. A plan that states a cap prevails where the profile says so
 * ({@code planCapPrevails}, YQ); elsewhere the stricter of the plan's cap and the tier cap applies. Triggers
 * outside the cap (complaint, referral, data monitoring, enterprise request) always pass; the A exemption covers
 * routine inspections only, so another trigger of an A enterprise is held to {@code defaultAnnualCap}.
 */
public final class AnnualCapPolicy {

  static final String RULE = "R-TK-5";
  private static final String FIELD = "enterpriseId";

  private final PolicyProfile profile;

  public AnnualCapPolicy(PolicyProfile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  public Verdict check(AnnualCapQuery query) {
    if (query.trigger() != null && query.trigger().outsideAnnualCap()) {
      return Verdict.allow();
    }
    Integer cap = cap(query);
    if (cap == null) {
      return Verdict.allow();
    }
    if (cap == 0) {
      if (query.trigger() == null) {
        return Verdict.refuse(RULE, FIELD, subject(query) + "，免于日常现场检查。"
            + "如确有投诉举报、数据监测异常等情形，请登记为触发式检查；日常监管请采用非现场检查方式。");
      }
      cap = profile.defaultAnnualCap();
    }
    if (query.countedThisYear() >= cap) {
      return Verdict.refuse(RULE, FIELD, subject(query) + "，本年度本单位已现场检查" + query.countedThisYear()
          + "次，已达" + source(query) + "上限" + cap + "次。"
          + "请改用非现场检查或在下一年度安排；如有投诉举报、转办交办等触发事由，请登记为触发式检查。");
    }
    return Verdict.allow();
  }

  /** The cap that applies to the query, {@code null} for none. */
  public Integer cap(AnnualCapQuery query) {
    Integer tierCap = tierCap(query);
    Integer planCap = query.planCap();
    if (planCap == null) {
      return tierCap;
    }
    if (profile.planCapPrevails() || tierCap == null) {
      return planCap;
    }
    return Math.min(planCap, tierCap);
  }

  private Integer tierCap(AnnualCapQuery query) {
    CreditTier tier = effectiveTier(query);
    if (tier == null) {
      return profile.defaultAnnualCap();
    }
    TierCaps caps = profile.tierCaps();
    return switch (tier) {
      case A -> caps.a();
      case B -> caps.b();
      case C -> caps.c();
      case D -> caps.d();
    };
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
