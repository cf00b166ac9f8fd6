package cn.lawfulinspection.rectification.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link RectificationEntity}. */
public interface Rectifications extends JpaRepository<RectificationEntity, Long> {

  Optional<RectificationEntity> findByTaskId(long taskId);

  Optional<RectificationEntity> findByTaskNumber(String taskNumber);
}
