package cn.lawfulinspection.trigger.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Repository of {@link ExceptionEntity}. */
public interface ExceptionEntities extends JpaRepository<ExceptionEntity, Long> {

  /** The exception, its row locked until the transaction ends (one task per exception). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select e from ExceptionEntity e where e.number = :number")
  Optional<ExceptionEntity> lock(@Param("number") String number);

  @Query("select e.number from ExceptionEntity e where e.number like concat(:prefix, '%')")
  List<String> numbersStartingWith(@Param("prefix") String prefix);

  @Query("select e from ExceptionEntity e where e.enterpriseCode = :enterprise order by e.id desc")
  List<ExceptionEntity> ofEnterprise(@Param("enterprise") String enterpriseCode);
}
