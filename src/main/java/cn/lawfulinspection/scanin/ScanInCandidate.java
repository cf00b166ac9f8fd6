package cn.lawfulinspection.scanin;

import java.util.List;

/** A task the logged-in inspector may scan in to at the enterprise today, as the scan page lists it. */
public record ScanInCandidate(long taskId, String taskNumber, String agencyName, String enterpriseName, String kind,
    String window, String status, List<String> items, List<String> inspectors, ScanInRecord scanIn) {}
