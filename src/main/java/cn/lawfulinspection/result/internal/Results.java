package cn.lawfulinspection.result.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Repository of {@link ResultEntity}. */
public interface Results extends JpaRepository<ResultEntity, Long> {

  Optional<ResultEntity> findByTaskId(long taskId);

  /**
   * Whether the task has a result (R-RS-1: one per task). JPQL rather than a derived query: Hibernate caches the
   * plan of a JPQL string, while a derived (criteria) query is translated again on every call, and no entity is
   * hydrated to answer yes or no.
   */
  @Query("select count(r) > 0 from ResultEntity r where r.taskId = :taskId")
  boolean existsForTask(@Param("taskId") long taskId);

  /** R-RS-1, R-SV-3: the late backfills, newest first. */
  List<ResultEntity> findByLateTrueOrderByIdDesc();
}
