package cn.lawfulinspection.task;

import cn.lawfulinspection.common.Verdict;
import java.util.List;

/**
 * The answer of {@link RegistrationPolicy}: refused, or allowed with the warnings to record on the task.
 *
 * @param verdict allowed or refused with the rule
 * @param warnings warnings (R-TK-2) shown to the approver and to supervision; empty when there are none
 */
public record RegistrationCheck(Verdict verdict, List<RuleWarning> warnings) {

  public RegistrationCheck {
    warnings = List.copyOf(warnings);
  }

  public boolean allowed() {
    return verdict.allowed();
  }
}
