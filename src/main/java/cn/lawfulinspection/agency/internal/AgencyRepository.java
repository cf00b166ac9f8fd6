package cn.lawfulinspection.agency.internal;

import org.springframework.data.jpa.repository.Query;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyRepository extends JpaRepository<AgencyEntity, String> {

  /** Every agency with its sections in one statement (not one more per agency). */
  @Query("select distinct a from AgencyEntity a left join fetch a.sections order by a.code")
  List<AgencyEntity> findAllByOrderByCodeAsc();
}
