package cn.lawfulinspection.task;

import cn.lawfulinspection.common.Verdict;
import java.util.Optional;

/**
 * The answer of {@link OverInspectionPolicy}: refused, or allowed with a warning for the head (and whether the justice
 * bureau's exception is what allows it).
 */
public record OverInspectionCheck(Verdict verdict, Optional<RuleWarning> warning, boolean exceptionUsed) {}
