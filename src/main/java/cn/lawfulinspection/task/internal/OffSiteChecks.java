package cn.lawfulinspection.task.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link OffSiteCheckEntity}. */
public interface OffSiteChecks extends JpaRepository<OffSiteCheckEntity, Long> {

  /** The latest off-site check of the item at the enterprise (R-TK-8). */
  Optional<OffSiteCheckEntity> findFirstByEnterpriseCodeAndItemCodeOrderByCheckedOnDescIdDesc(String enterpriseCode,
      String itemCode);
}
