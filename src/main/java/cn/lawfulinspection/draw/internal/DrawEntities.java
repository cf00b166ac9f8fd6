package cn.lawfulinspection.draw.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Repository of {@link DrawEntity}. */
public interface DrawEntities extends JpaRepository<DrawEntity, Long> {

  Optional<DrawEntity> findByDrawNumber(String drawNumber);

  /** The draw, its row locked until the transaction ends (R-IG-5: one execution per draw). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select d from DrawEntity d where d.drawNumber = :number")
  Optional<DrawEntity> lock(@Param("number") String drawNumber);
}
