package cn.lawfulinspection.common.csv;

/** The answer of a successful CSV import: every row was imported. */
public record ImportSummary(int imported) {}
