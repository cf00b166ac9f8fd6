package cn.lawfulinspection.agency;

/** Administrative level of an agency (市/县/乡镇). */
public enum AgencyLevel {
  CITY("市级"),
  COUNTY("县级"),
  TOWNSHIP("乡镇级");

  private final String label;

  AgencyLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
