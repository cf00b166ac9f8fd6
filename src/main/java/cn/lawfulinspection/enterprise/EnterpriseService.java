package cn.lawfulinspection.enterprise;

import java.util.Optional;
import org.springframework.data.domain.Page;

/** Module API of {@code enterprise}: the enterprises that may be inspected. */
public interface EnterpriseService {

  /** The enterprise with this code; throws {@link cn.lawfulinspection.common.NotFoundException} if there is none. */
  Enterprise get(String creditCode);

  Optional<Enterprise> find(String creditCode);

  /**
   * The enterprise, read with its row locked ({@code SELECT … FOR UPDATE}) until the caller's transaction ends; empty
   * when there is none. Rules that count an enterprise's records and then add one (the annual cap R-TK-5) take this
   * lock first, so that simultaneous requests for one enterprise are decided one after the other (R-IG-5).
   */
  Optional<Enterprise> lock(String creditCode);

  /**
   * Enterprises whose name contains {@code query} or whose code starts with it (upper-cased), ordered by name;
   * everything when the query is blank.
   */
  Page<Enterprise> search(String query, int page, int size);
}
