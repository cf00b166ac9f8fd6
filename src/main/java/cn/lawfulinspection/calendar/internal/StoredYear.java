package cn.lawfulinspection.calendar.internal;

import java.time.Instant;

/** A stored year's schedule with who stored it, when, and whether it came from the bundled files or an admin. */
record StoredYear(YearSchedule schedule, String origin, Instant updatedAt, String updatedBy) {}
