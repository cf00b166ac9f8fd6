package cn.lawfulinspection.agency;

import java.util.List;
import java.util.Optional;

/** Module API of {@code agency}: the agencies (行政执法机关) and the justice bureau (司法局). */
public interface AgencyService {

  /** The agency with this code; throws {@link cn.lawfulinspection.common.NotFoundException} if there is none. */
  Agency get(String code);

  /** The agency with this code, if any. */
  Optional<Agency> find(String code);

  /** Every agency, ordered by code. */
  List<Agency> all();
}
