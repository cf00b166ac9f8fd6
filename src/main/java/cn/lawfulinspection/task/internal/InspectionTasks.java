package cn.lawfulinspection.task.internal;

import cn.lawfulinspection.task.TaskOrigin;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Repository of {@link TaskEntity}. */
public interface InspectionTasks extends JpaRepository<TaskEntity, Long> {

  @Query("select t from TaskEntity t where t.taskNumber = :taskNumber")
  Optional<TaskEntity> findByTaskNumber(@Param("taskNumber") String taskNumber);

  /** Locks the task's row until the transaction ends ({@code SELECT … FOR UPDATE}); its id, or empty when none. */
  @Query(value = "select id from insp_task where id = :id for update", nativeQuery = true)
  Optional<Long> lock(@Param("id") long id);

  /** The task's number, read without loading the task (nothing of it enters the persistence context). */
  @Query("select t.taskNumber from TaskEntity t where t.id = :id")
  Optional<String> numberOf(@Param("id") long id);

  /** The task numbers that start with {@code prefix} (an agency and year, e.g. {@code RW-SCJG-2026-}). */
  @Query("select t.taskNumber from TaskEntity t where t.taskNumber like concat(:prefix, '%')")
  List<String> numbersStartingWith(@Param("prefix") String prefix);

  List<TaskEntity> findByEnterpriseCodeOrderByIdDesc(String enterpriseCode);

  /**
   * R-TK-5: the agency's tasks of the enterprise in the year, whatever their status (the caller keeps those that
   * count). No collection parameter, so that Hibernate can cache the query's plan.
   */
  @Query("select t from TaskEntity t where t.agencyCode = :agency and t.enterpriseCode = :enterprise"
      + " and t.taskYear = :year")
  List<TaskEntity> ofEnterpriseInYear(@Param("agency") String agencyCode,
      @Param("enterprise") String enterpriseCode, @Param("year") int year);

  /**
   * R-SV-2: the enterprise's tasks of one origin (every agency) whose window opens in [from, to], whatever their status
   * (the caller keeps those that count).
   */
  @Query("select t from TaskEntity t where t.enterpriseCode = :enterprise and t.origin = :origin"
      + " and t.windowStart >= :from and t.windowStart <= :to")
  List<TaskEntity> triggeredOfEnterpriseBetween(@Param("enterprise") String enterpriseCode,
      @Param("origin") TaskOrigin origin, @Param("from") java.time.LocalDate from,
      @Param("to") java.time.LocalDate to);

  /** R-SV-1: the agency's tasks of one origin registered in [from, to), in the order they were registered. */
  @Query("select t from TaskEntity t where t.agencyCode = :agency and t.origin = :origin"
      + " and t.registeredAt >= :from and t.registeredAt < :to order by t.registeredAt, t.id")
  List<TaskEntity> registeredBetween(@Param("agency") String agencyCode, @Param("origin") TaskOrigin origin,
      @Param("from") Instant from, @Param("to") Instant to);
}
