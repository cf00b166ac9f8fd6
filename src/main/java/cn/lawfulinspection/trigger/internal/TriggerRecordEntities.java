package cn.lawfulinspection.trigger.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Repository of {@link TriggerRecordEntity}. */
public interface TriggerRecordEntities extends JpaRepository<TriggerRecordEntity, Long> {

  /** The record, its row locked until the transaction ends (R-IG-5: one task per record). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from TriggerRecordEntity r where r.id = :id")
  Optional<TriggerRecordEntity> lock(@Param("id") long id);

  @Query("select r.id from TriggerRecordEntity r where r.recordNumber = :number")
  Optional<Long> idOf(@Param("number") String number);

  @Query("select r.recordNumber from TriggerRecordEntity r where r.recordNumber like concat(:prefix, '%')")
  List<String> numbersStartingWith(@Param("prefix") String prefix);

  @Query("select r from TriggerRecordEntity r where r.agencyCode = :agency order by r.id desc")
  List<TriggerRecordEntity> ofAgency(@Param("agency") String agencyCode);

  @Query("select r from TriggerRecordEntity r where r.agencyCode = :agency and r.usedByTaskNumber is null"
      + " and r.enterpriseCode in :enterprises order by r.id desc")
  List<TriggerRecordEntity> open(@Param("agency") String agencyCode,
      @Param("enterprises") Collection<String> enterpriseCodes);
}
