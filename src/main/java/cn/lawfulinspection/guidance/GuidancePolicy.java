package cn.lawfulinspection.guidance;

import cn.lawfulinspection.common.Verdict;

/**
 * The rules of guidance (R-TK-9, R-NT-4) as pure checks: what a request, an answer, the enterprise's consent and a visit
 * must be, and that a guidance record never takes an inspection result or a rectification. Free of Spring and of the
 * engine; {@link GuidanceService} calls it and throws the refusal.
 */
public final class GuidancePolicy {

  static final String RULE = "R-TK-9";
  static final String REPLY_RULE = "R-NT-4";
  static final int SUBJECT_MIN = 5;
  static final int SUBJECT_MAX = 1000;
  static final int ANSWER_MIN = 5;
  static final int TEXT_MAX = 2000;
  /**
   * R-TK-9: why a guidance record takes no inspection result and opens no rectification (JY 3(2) 严禁变相检查; YH 2(7)).
   */
  public static final String NOT_AN_INSPECTION = "行政指导、走访、观摩不是行政检查，不能回填检查结果、认定违法或责令整改"
      + "（严禁以行政指导名义变相检查）。指导中发现问题线索的，应先提示企业改正；确需检查的，请按规定登记检查任务"
      + "（报单位负责人审批、扫码入企），再将检查任务编号关联到本指导记录。";

  private GuidancePolicy() {}

  /** A request: a kind, and a subject of {@value #SUBJECT_MIN}–{@value #SUBJECT_MAX} characters. */
  public static Verdict request(GuidanceKind kind, String subject, String contact) {
    if (kind == null) {
      return Verdict.refuse(RULE, "kind", "请选择申请事项：行政指导（GUIDANCE）、邀约走访指导（VISIT_INVITATION）或邀请观摩（OBSERVATION_INVITATION）。");
    }
    if (subject == null || subject.strip().length() < SUBJECT_MIN || subject.strip().length() > SUBJECT_MAX) {
      return Verdict.refuse(RULE, "subject", "请用" + SUBJECT_MIN + "至" + SUBJECT_MAX + "个字说明需要指导的事项。");
    }
    if (contact != null && contact.strip().length() > 100) {
      return Verdict.refuse(RULE, "contact", "联系方式不能超过100个字。");
    }
    return Verdict.allow();
  }

  /** R-NT-4: the answer of a request still waiting for one, {@value #ANSWER_MIN}–{@value #TEXT_MAX} characters. */
  public static Verdict answer(GuidanceStatus status, String answer) {
    if (status != GuidanceStatus.AWAITING_REPLY) {
      return Verdict.refuse(REPLY_RULE, "status", "该行政指导请求当前状态为“" + status.label() + "”，已经答复过，不能再次答复。");
    }
    if (answer == null || answer.strip().length() < ANSWER_MIN || answer.strip().length() > TEXT_MAX) {
      return Verdict.refuse(REPLY_RULE, "answer", "请用" + ANSWER_MIN + "至" + TEXT_MAX + "个字答复企业的指导请求。");
    }
    return Verdict.allow();
  }

  /** The enterprise's consent to (or refusal of) a visit: possible until the visit took place. */
  public static Verdict consent(GuidanceStatus status, Boolean agrees) {
    if (agrees == null) {
      return Verdict.refuse(RULE, "consent", "请选择是否同意（邀请）执法部门入企走访指导。");
    }
    if (status == GuidanceStatus.VISITED) {
      return Verdict.refuse(RULE, "status", "走访指导已经进行，不能再更改意见。");
    }
    return Verdict.allow();
  }

  /**
   * R-TK-9: a visit (走访、观摩、入企指导) only with the enterprise's invitation or consent, recorded on its page; only
   * after the request was answered, once, with notes on the guidance given.
   */
  public static Verdict visit(GuidanceStatus status, Consent consent, String notes) {
    if (consent == null || !consent.allowsVisit()) {
      return Verdict.refuse(RULE, "consent", (consent == null ? "企业尚未邀约或同意入企走访" : "企业已表示不同意入企走访")
          + "，不能登记走访指导：行政指导、走访、观摩须以企业自愿为前提，取得企业同意或邀约（姜堰区工作方案三(二)、鸠江区第14条、云和县机制二(七)）。"
          + "请先答复企业，由企业在其服务页面上同意或邀约后再入企。");
    }
    if (status == GuidanceStatus.AWAITING_REPLY) {
      return Verdict.refuse(RULE, "status", "请先答复企业的指导请求，再登记走访指导。");
    }
    if (status == GuidanceStatus.VISITED) {
      return Verdict.refuse(RULE, "status", "该请求的走访指导已经登记。");
    }
    if (notes == null || notes.strip().length() < ANSWER_MIN || notes.strip().length() > TEXT_MAX) {
      return Verdict.refuse(RULE, "notes", "请用" + ANSWER_MIN + "至" + TEXT_MAX + "个字记录提供的指导服务内容（不记录检查结果）。");
    }
    return Verdict.allow();
  }

  /** R-TK-9: a guidance record never takes an inspection result, a violation or a rectification. */
  public static Verdict inspectionResult() {
    return Verdict.refuse(RULE, "guidanceId", NOT_AN_INSPECTION);
  }
}
