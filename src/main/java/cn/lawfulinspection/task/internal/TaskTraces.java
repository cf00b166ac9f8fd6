package cn.lawfulinspection.task.internal;

import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Query;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link TraceEntity}. */
public interface TaskTraces extends JpaRepository<TraceEntity, Long> {

  @Query("select t from TraceEntity t where t.taskId = :taskId order by t.id")
  List<TraceEntity> findByTaskIdOrderByIdAsc(@Param("taskId") long taskId);

  @Query("select count(t) > 0 from TraceEntity t where t.taskId = :taskId and t.action = :action")
  boolean existsByTaskIdAndAction(@Param("taskId") long taskId, @Param("action") String action);
}
