package cn.lawfulinspection.enterprise;

import java.util.Locale;
import java.util.Optional;

/** Credit / risk tier of an enterprise (信用风险分级分类), R-MD-5; it sets the inspection frequency caps (R-TK-5). */
public enum CreditTier {
  A("A级（低风险）"),
  B("B级（一般风险）"),
  C("C级（较高风险）"),
  D("D级（高风险）");

  private final String label;

  CreditTier(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Reads {@code A}, {@code b}, {@code C级}; empty for anything else. */
  public static Optional<CreditTier> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim().toUpperCase(Locale.ROOT);
    if (t.endsWith("级")) {
      t = t.substring(0, t.length() - 1);
    }
    return switch (t) {
      case "A" -> Optional.of(A);
      case "B" -> Optional.of(B);
      case "C" -> Optional.of(C);
      case "D" -> Optional.of(D);
      default -> Optional.empty();
    };
  }
}
