package cn.lawfulinspection.result.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link ResultEntity}. */
public interface Results extends JpaRepository<ResultEntity, Long> {

  Optional<ResultEntity> findByTaskId(long taskId);

  /** R-RS-1, R-SV-3: the late backfills, newest first. */
  List<ResultEntity> findByLateTrueOrderByIdDesc();
}
