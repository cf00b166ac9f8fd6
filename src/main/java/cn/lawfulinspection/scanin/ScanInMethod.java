package cn.lawfulinspection.scanin;

/** How the inspectors entered: by scanning the enterprise's code, or without it (R-SC-2). */
public enum ScanInMethod {
  /** 扫码入企: the enterprise's own signed code was scanned (R-SC-1). */
  SCAN,
  /** 无法扫码: reason and body-camera recording reference instead (R-SC-2). */
  NO_SCAN
}
