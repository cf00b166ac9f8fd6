package cn.lawfulinspection.agency;

/** Published when an agency is created or changed, inside the saving transaction. */
public record AgencySaved(String code, String name) {}
