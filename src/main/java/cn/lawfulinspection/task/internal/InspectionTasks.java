package cn.lawfulinspection.task.internal;

import cn.lawfulinspection.task.TaskStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Repository of {@link TaskEntity}. */
public interface InspectionTasks extends JpaRepository<TaskEntity, Long> {

  @Query("select t from TaskEntity t where t.taskNumber = :taskNumber")
  Optional<TaskEntity> findByTaskNumber(@Param("taskNumber") String taskNumber);

  List<TaskEntity> findByEnterpriseCodeOrderByIdDesc(String enterpriseCode);

  @Query("select count(t) from TaskEntity t where t.agencyCode = :agencyCode and t.taskYear = :taskYear")
  long countByAgencyCodeAndTaskYear(@Param("agencyCode") String agencyCode, @Param("taskYear") int taskYear);

  /** R-TK-5: the agency's tasks of the enterprise in the year, in the given statuses, except one task (or none). */
  @Query("select t from TaskEntity t where t.agencyCode = :agency and t.enterpriseCode = :enterprise"
      + " and t.taskYear = :year and t.status in :statuses and (:except is null or t.id <> :except)")
  List<TaskEntity> countedFor(@Param("agency") String agencyCode, @Param("enterprise") String enterpriseCode,
      @Param("year") int year, @Param("statuses") Collection<TaskStatus> statuses, @Param("except") Long except);
}
