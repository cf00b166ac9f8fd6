package cn.lawfulinspection.filing.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import jakarta.persistence.LockModeType;

/** Repository of {@link FilingEntity}. */
public interface FilingEntities extends JpaRepository<FilingEntity, Long> {

  boolean existsByAgencyCodeAndMonth(String agencyCode, String month);

  List<FilingEntity> findByMonthOrderByAgencyCode(String month);

  Optional<FilingEntity> findByProcessInstanceId(String processInstanceId);

  /** The filing, its row locked until the transaction ends (one step at a time, R-IG-5). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select f from FilingEntity f where f.id = :id")
  Optional<FilingEntity> lock(@Param("id") long id);
}
