package cn.lawfulinspection.policy;

import java.time.LocalDate;

/**
 * The days of each month on which routine inspections are not allowed (企业安静日/期), R-TK-7.
 *
 * @param fromDay first day of month inside the period (1-based)
 * @param toDay last day of month inside the period; 31 means "to the end of the month"
 */
public record QuietPeriod(int fromDay, int toDay) {

  public boolean contains(LocalDate date) {
    int day = date.getDayOfMonth();
    int last = Math.min(toDay, date.lengthOfMonth());
    return day >= fromDay && day <= last;
  }
}
