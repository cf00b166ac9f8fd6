package cn.lawfulinspection.calendar.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarYearRecords extends JpaRepository<CalendarYearRecord, Integer> {}
