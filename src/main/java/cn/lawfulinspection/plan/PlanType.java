package cn.lawfulinspection.plan;

import java.util.Arrays;
import java.util.Optional;

/** Kind of inspection plan (R-PL-2 "type"). Stored and carried in the process by {@link #name()}. */
public enum PlanType {
  /** 日常检查 (routine, double-random 双随机 included): the annual plan that R-PL-1's deadline applies to. */
  ANNUAL("日常检查（含双随机）"),
  /** 专项检查 (special campaign). */
  SPECIAL("专项检查"),
  /** 其他有计划检查 (other planned inspections). */
  OTHER("其他有计划检查");

  private final String label;

  PlanType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The type named {@code value} (e.g. {@code "ANNUAL"}), or empty for blank or unknown values. */
  public static Optional<PlanType> parse(String value) {
    return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst();
  }
}
