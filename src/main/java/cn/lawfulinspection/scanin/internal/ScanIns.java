package cn.lawfulinspection.scanin.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link ScanInEntity}. */
public interface ScanIns extends JpaRepository<ScanInEntity, Long> {

  Optional<ScanInEntity> findByTaskId(long taskId);

  long countByTaskId(long taskId);
}
