package cn.lawfulinspection.result.internal;

import cn.lawfulinspection.result.ItemOutcome;
import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link ResultItemEntity}: the enterprise's history per item (R-RS-5). */
public interface ResultItems extends JpaRepository<ResultItemEntity, Long> {

  boolean existsByEnterpriseCodeAndItemCodeAndOutcome(String enterpriseCode, String itemCode, ItemOutcome outcome);
}
