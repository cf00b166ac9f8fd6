package cn.lawfulinspection.notice.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link NoticeEntity}. */
public interface Notices extends JpaRepository<NoticeEntity, Long> {

  Optional<NoticeEntity> findByTaskId(long taskId);
}
