package cn.lawfulinspection.agency;

import java.util.List;

/**
 * An agency with inspection powers (行政执法机关), or the justice bureau (司法局) that supervises them.
 *
 * @param code short alphanumeric code, also the prefix of the agency's Camunda groups (e.g. {@code scjg})
 * @param name full Chinese name (e.g. 市场监督管理局)
 * @param level 市/县/乡镇
 * @param justiceBureau true for the justice bureau, which files plans and supervises
 * @param sections the agency's sections (科室)
 */
public record Agency(String code, String name, AgencyLevel level, boolean justiceBureau, List<String> sections) {}
