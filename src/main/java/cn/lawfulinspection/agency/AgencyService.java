package cn.lawfulinspection.agency;

import java.util.List;

/** Module API of {@code agency}. Implemented by the master-data work. */
public interface AgencyService {

  /** The agency with this code; throws {@link cn.lawfulinspection.common.NotFoundException} if there is none. */
  Agency get(String code);

  List<Agency> all();
}
