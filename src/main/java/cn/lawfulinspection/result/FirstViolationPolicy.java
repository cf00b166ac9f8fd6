package cn.lawfulinspection.result;

/**
 * R-RS-5 首违不罚: a problem found that is minor, of an item on the first-violation exemption list, where the
 * enterprise had no earlier problem found on that item, is marked as exempt. It is recorded, never blocks.
 */
public final class FirstViolationPolicy {

  private FirstViolationPolicy() {}

  public static boolean exempt(ItemOutcome outcome, boolean minor, boolean itemOnExemptionList,
      boolean earlierProblemOfItem) {
    return outcome == ItemOutcome.PROBLEM_FOUND && minor && itemOnExemptionList && !earlierProblemOfItem;
  }
}
