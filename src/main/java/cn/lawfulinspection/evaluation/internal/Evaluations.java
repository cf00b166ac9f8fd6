package cn.lawfulinspection.evaluation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link EvaluationEntity}. */
public interface Evaluations extends JpaRepository<EvaluationEntity, Long> {

  Optional<EvaluationEntity> findByTaskId(long taskId);

  boolean existsByTaskId(long taskId);

  List<EvaluationEntity> findByAgencyCodeOrderByIdDesc(String agencyCode);

  List<EvaluationEntity> findAllByOrderByIdDesc();
}
