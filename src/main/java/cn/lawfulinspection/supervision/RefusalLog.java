package cn.lawfulinspection.supervision;

import cn.lawfulinspection.supervision.internal.RefusalRecord;
import cn.lawfulinspection.supervision.internal.RefusalRecords;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every refusal the platform answers is kept here for supervision (执法监督), in its own transaction so that the
 * rollback of the refused operation does not take the record with it.
 */
@Service
public class RefusalLog {

  private static final Logger log = LoggerFactory.getLogger(RefusalLog.class);

  private final RefusalRecords records;
  private final Clock clock;

  RefusalLog(RefusalRecords records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  /** Records a refusal; {@code where} names the endpoint or process step that refused. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(String ruleId, String field, String message, String where) {
    recordFor(currentUser(), ruleId, field, message, where);
  }

  /**
   * Records a refusal of a known user (e.g. the engine's authenticated user of a process step); {@code who} null =
   * the logged-in user of the request, if any (a REST call whose engine step runs without authentication).
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordFor(String who, String ruleId, String field, String message, String where) {
    who = who != null ? who : currentUser();
    log.info("refused rule={} field={} user={} at={}: {}", ruleId, field, who, where, message);
    records.save(new RefusalRecord(Instant.now(clock), who, ruleId, field, truncate(message, 1000), truncate(where, 255)));
  }

  /** The newest refusals, newest first. */
  @Transactional(readOnly = true)
  public List<Refusal> latest(int limit) {
    return records.findAll(PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "id"))).stream()
        .map(RefusalRecord::toRefusal)
        .toList();
  }

  private static String currentUser() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null ? null : auth.getName();
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  /** One refusal as supervision reads it. */
  public record Refusal(long id, Instant at, String userId, String ruleId, String field, String message, String where) {}
}
