package cn.lawfulinspection.task.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link TraceEntity}. */
public interface TaskTraces extends JpaRepository<TraceEntity, Long> {

  List<TraceEntity> findByTaskIdOrderByIdAsc(long taskId);
}
