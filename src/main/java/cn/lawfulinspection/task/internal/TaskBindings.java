package cn.lawfulinspection.task.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link TaskBindingEntity}, keyed by process instance id. */
public interface TaskBindings extends JpaRepository<TaskBindingEntity, String> {

  boolean existsByTaskIdAndRole(long taskId, TaskBindingEntity.Role role);

  Optional<TaskBindingEntity> findByTaskIdAndRole(long taskId, TaskBindingEntity.Role role);
}
