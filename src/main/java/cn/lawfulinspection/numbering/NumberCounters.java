package cn.lawfulinspection.numbering;

import java.util.Collection;
import java.util.List;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Race-free, gap-free numbers per kind, agency and year (R-IG-5), from a counter row ({@code insp_number_counter})
 * that the registering transaction locks with {@code SELECT … FOR UPDATE} and raises. Simultaneous registrations of
 * one agency and year queue on that row, each gets the next number, and a registration that rolls back gives its
 * number back with the rest of its work: the numbers of an agency and year run 1, 2, 3, … without gaps. The unique
 * keys on the numbers stay as the safety net.
 *
 * <p>The first number of a kind, agency and year creates the counter, in the same transaction, while holding the lock
 * of a guard row that every creation takes first; so two first registrations cannot both create it, and no
 * registration needs a second database connection (an insert in a transaction of its own would, and sixteen first
 * registrations at once could then exhaust the pool). Lock order, to avoid deadlocks: whatever the caller locked
 * before (the enterprise of a task), then the counter; the guard is only taken while no counter is held.
 */
@Service
public class NumberCounters {

  static final String GUARD = "GUARD";

  private static final String LOCK = "select last_number from insp_number_counter"
      + " where kind = ? and agency_code = ? and counter_year = ? for update";

  private final JdbcTemplate jdbc;

  NumberCounters(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The next number of the kind for the agency and year, drawn in the caller's transaction, whose end releases the
   * counter. {@code highestUsed} is asked once, when the counter is created: the highest number already given out
   * without it (records from before the counter existed), 0 when none.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public long next(NumberKind kind, String agencyCode, int year, LongSupplier highestUsed) {
    Long last = locked(kind.name(), agencyCode, year);
    if (last == null) {
      last = created(kind.name(), agencyCode, year, highestUsed);
    }
    long next = last + 1;
    jdbc.update("update insp_number_counter set last_number = ?"
        + " where kind = ? and agency_code = ? and counter_year = ?", next, kind.name(), agencyCode, year);
    return next;
  }

  /** The highest number after {@code prefix} among {@code numbers} (the prefix, then digits only); 0 if none. */
  public static long highestSuffix(Collection<String> numbers, String prefix) {
    return numbers.stream()
        .filter(n -> n != null && n.startsWith(prefix) && n.length() > prefix.length()
            && n.substring(prefix.length()).chars().allMatch(Character::isDigit))
        .mapToLong(n -> Long.parseLong(n.substring(prefix.length())))
        .max().orElse(0);
  }

  /** Creates the counter under the guard's lock, unless another transaction created it meanwhile; its last number. */
  private long created(String kind, String agencyCode, int year, LongSupplier highestUsed) {
    locked(GUARD, "-", 0);
    Long meanwhile = locked(kind, agencyCode, year);
    if (meanwhile != null) {
      return meanwhile;
    }
    long used = highestUsed.getAsLong();
    jdbc.update("insert into insp_number_counter (kind, agency_code, counter_year, last_number) values (?, ?, ?, ?)",
        kind, agencyCode, year, used);
    return used;
  }

  private Long locked(String kind, String agencyCode, int year) {
    List<Long> rows = jdbc.queryForList(LOCK, Long.class, kind, agencyCode, year);
    return rows.isEmpty() ? null : rows.get(0);
  }
}
