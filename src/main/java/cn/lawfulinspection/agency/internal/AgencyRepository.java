package cn.lawfulinspection.agency.internal;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyRepository extends JpaRepository<AgencyEntity, String> {

  /** Every agency with its sections in one statement (not one more per agency). */
  @EntityGraph(attributePaths = "sections")
  List<AgencyEntity> findAllByOrderByCodeAsc();
}
