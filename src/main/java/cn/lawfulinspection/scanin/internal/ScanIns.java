package cn.lawfulinspection.scanin.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link ScanInEntity}. */
public interface ScanIns extends JpaRepository<ScanInEntity, Long>, ScanInsByTask {

  /** The scan-ins whose phone gave no location (R-IG-7), in the page's order. */
  Page<ScanInEntity> findByLatitudeIsNull(Pageable page);
}
