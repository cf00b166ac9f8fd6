package cn.lawfulinspection.inspector.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InspectorRepository extends JpaRepository<InspectorEntity, String> {

  Optional<InspectorEntity> findByUserId(String userId);

  /** At most two: the one with the id and the one of the user. */
  List<InspectorEntity> findByIdOrUserId(String id, String userId);

  List<InspectorEntity> findByAgencyCodeOrderByIdAsc(String agencyCode);

  List<InspectorEntity> findAllByOrderByIdAsc();

  List<InspectorEntity> findByIdIn(Collection<String> ids);

  List<InspectorEntity> findByUserIdIn(Collection<String> userIds);
}
