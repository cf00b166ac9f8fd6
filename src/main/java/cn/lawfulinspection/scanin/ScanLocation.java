package cn.lawfulinspection.scanin;

import cn.lawfulinspection.common.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where the inspector's phone was when he scanned in (手机定位), as the phone's browser reported it (WGS 84, what
 * {@code navigator.geolocation} gives): part of the proof of presence (R-IG-7). A phone that refuses or cannot locate
 * sends nothing; the scan-in is then recorded without a location and supervision lists it.
 *
 * @param latitude degrees, -90 to 90
 * @param longitude degrees, -180 to 180
 * @param accuracy the radius of 95% confidence in metres as the phone reports it, 0 to {@value #MAX_ACCURACY}, or
 *     {@code null} when the phone gave none
 */
public record ScanLocation(double latitude, double longitude, Double accuracy) {

  /** A larger radius does not place the phone anywhere (a city is about 50 km across). */
  public static final double MAX_ACCURACY = 100_000;
  static final String RULE = "R-IG-7";

  public ScanLocation {
    check(latitude, longitude, accuracy).orThrow();
  }

  /**
   * The location sent with a scan-in, or {@code null} when the phone sent none; refused (R-IG-7, the field at fault)
   * when the numbers are out of range or only half a position was sent.
   */
  public static ScanLocation of(Double latitude, Double longitude, Double accuracy) {
    if (latitude == null && longitude == null && accuracy == null) {
      return null;
    }
    check(latitude, longitude, accuracy).orThrow();
    return new ScanLocation(latitude, longitude, accuracy);
  }

  /** The check of {@link #of}, as a policy answer. */
  public static Verdict check(Double latitude, Double longitude, Double accuracy) {
    if (latitude == null || longitude == null) {
      String field = latitude == null ? "latitude" : "longitude";
      return Verdict.refuse(RULE, field, "手机位置不完整：须同时提供纬度和经度；手机无法定位时，纬度、经度和定位精度都不填。");
    }
    if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
      return Verdict.refuse(RULE, "latitude", "纬度须在 -90 至 90 度之间，当前为 " + latitude + "。");
    }
    if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
      return Verdict.refuse(RULE, "longitude", "经度须在 -180 至 180 度之间，当前为 " + longitude + "。");
    }
    if (accuracy != null && (!Double.isFinite(accuracy) || accuracy < 0 || accuracy > MAX_ACCURACY)) {
      return Verdict.refuse(RULE, "accuracy", "定位精度须在 0 至 " + (long) MAX_ACCURACY + " 米之间，当前为 " + accuracy
          + "。");
    }
    return Verdict.allow();
  }

  /** For the trace: 纬度 32.512345，经度 120.123456，精度约 15 米. */
  public String label() {
    return "纬度 " + degrees(latitude) + "，经度 " + degrees(longitude)
        + (accuracy == null ? "，未提供定位精度" : "，精度约 " + Math.round(accuracy) + " 米");
  }

  private static String degrees(double value) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
