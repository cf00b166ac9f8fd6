package cn.lawfulinspection.policy;

/** R-TK-7: how a locality treats inspections inside its quiet period (企业安静日/期). */
public enum QuietRule {
  /**
   * JY 2(3): routine inspections avoid it; special or superior-assigned inspections inside it are filed with the
   * justice bureau (司法局); complaints and data anomalies that need immediate action are exempt.
   */
  ROUTINE_AVOIDS,
  /**
   * YH 2(3): any inspection inside it needs the principal head's approval and a filing with the county comprehensive
   * enforcement office (县综合执法办) within quietFilingDays working days; the exemptions of YH 2(3) apply; B-tier
   * enterprises have a longer quiet period (YH 2(6)).
   */
  APPROVE_AND_FILE
}
