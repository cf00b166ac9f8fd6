package cn.lawfulinspection.task.internal;

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

  /**
   * R-TK-5: the agency's tasks of the enterprise in the year, whatever their status (the caller keeps those that
   * count). No collection parameter, so that Hibernate can cache the query's plan.
   */
  @Query("select t from TaskEntity t where t.agencyCode = :agency and t.enterpriseCode = :enterprise"
      + " and t.taskYear = :year")
  List<TaskEntity> ofEnterpriseInYear(@Param("agency") String agencyCode,
      @Param("enterprise") String enterpriseCode, @Param("year") int year);
}
