package cn.lawfulinspection.inspector.internal;

import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Query;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InspectorRepository extends JpaRepository<InspectorEntity, String> {

  @Query("select i from InspectorEntity i where i.userId = :userId")
  Optional<InspectorEntity> findByUserId(@Param("userId") String userId);

  /** At most two: the one with the id and the one of the user. */
  @Query("select i from InspectorEntity i where i.id = :id or i.userId = :userId")
  List<InspectorEntity> findByIdOrUserId(@Param("id") String id, @Param("userId") String userId);

  List<InspectorEntity> findByAgencyCodeOrderByIdAsc(String agencyCode);

  List<InspectorEntity> findAllByOrderByIdAsc();

  List<InspectorEntity> findByIdIn(Collection<String> ids);

  List<InspectorEntity> findByUserIdIn(Collection<String> userIds);
}
