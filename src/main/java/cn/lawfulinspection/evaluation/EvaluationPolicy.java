package cn.lawfulinspection.evaluation;

import cn.lawfulinspection.common.Verdict;

/**
 * R-RS-3: the enterprise evaluates an inspection (评议) only after the inspectors scanned in (the inspection has
 * started), only once per task, with a score of {@value #MIN_SCORE} to {@value #MAX_SCORE} stars and a comment of at
 * most {@value #MAX_COMMENT} characters.
 */
public final class EvaluationPolicy {

  public static final String RULE = "R-RS-3";
  public static final int MIN_SCORE = 1;
  public static final int MAX_SCORE = 5;
  public static final int MAX_COMMENT = 500;

  static final String NOT_STARTED = "检查尚未开始，暂不能评议。执法人员扫码入企并回填检查结果后，企业可通过收到的检查结果告知链接对本次检查进行评议。";
  static final String ALREADY = "本次检查已评议，不能重复评议。";

  /** Whether the task can be evaluated now, before looking at what was entered. */
  public Verdict open(boolean scannedIn, boolean alreadyEvaluated) {
    if (!scannedIn) {
      return Verdict.refuse(RULE, "code", NOT_STARTED);
    }
    if (alreadyEvaluated) {
      return Verdict.refuse(RULE, "code", ALREADY);
    }
    return Verdict.allow();
  }

  /** The whole check of one submission: open, then the score, then the comment. */
  public Verdict check(boolean scannedIn, boolean alreadyEvaluated, Integer score, String comment) {
    Verdict open = open(scannedIn, alreadyEvaluated);
    if (open.refused()) {
      return open;
    }
    if (score == null || score < MIN_SCORE || score > MAX_SCORE) {
      return Verdict.refuse(RULE, "score", "请为本次检查评分：1 至 5 星（1 星为很不满意，5 星为很满意）。");
    }
    if (comment != null && comment.strip().length() > MAX_COMMENT) {
      return Verdict.refuse(RULE, "comment", "评议意见不能超过 " + MAX_COMMENT + " 个字，当前为 "
          + comment.strip().length() + " 个字，请精简后再提交。");
    }
    return Verdict.allow();
  }
}
