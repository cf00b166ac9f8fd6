package cn.lawfulinspection.notice.internal;

import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Query;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link NoticeEntity}. */
public interface Notices extends JpaRepository<NoticeEntity, Long> {

  @Query("select n from NoticeEntity n where n.taskId = :taskId")
  Optional<NoticeEntity> findByTaskId(@Param("taskId") long taskId);
}
