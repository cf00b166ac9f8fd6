package cn.lawfulinspection.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalendarDayRecords extends JpaRepository<CalendarDayRecord, LocalDate> {

  List<CalendarDayRecord> findByYearOrderByDate(int year);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("delete from CalendarDayRecord d where d.year = :year")
  int deleteByYear(@Param("year") int year);
}
