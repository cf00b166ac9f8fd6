package cn.lawfulinspection.guidance.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Repository of {@link GuidanceEntity}. */
public interface GuidanceEntities extends JpaRepository<GuidanceEntity, Long> {

  Optional<GuidanceEntity> findByProcessInstanceId(String processInstanceId);

  List<GuidanceEntity> findByEnterpriseCodeOrderByRequestedAtDesc(String enterpriseCode);

  List<GuidanceEntity> findByRequestedAtGreaterThanEqualAndRequestedAtLessThanOrderByRequestedAt(Instant from,
      Instant to);

  /** The record, its row locked until the transaction ends (one step at a time, R-IG-5). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select g from GuidanceEntity g where g.id = :id")
  Optional<GuidanceEntity> lock(@Param("id") long id);
}
