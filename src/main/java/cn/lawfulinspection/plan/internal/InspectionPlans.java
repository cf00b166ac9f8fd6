package cn.lawfulinspection.plan.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Repository of the plan aggregate. */
public interface InspectionPlans extends JpaRepository<PlanEntity, Long> {

  /** The plan numbers of an agency and year. */
  @Query("select p.planNumber from PlanEntity p where p.agencyCode = :agency and p.year = :year")
  List<String> numbersOf(@Param("agency") String agencyCode, @Param("year") int year);

  /** Locks the plan's row until the transaction ends ({@code SELECT … FOR UPDATE}); its id, or empty when none. */
  @Query(value = "select id from insp_plan where id = :id for update", nativeQuery = true)
  Optional<Long> lock(@Param("id") long id);

  @Query("select p from PlanEntity p where (:year is null or p.year = :year)"
      + " and (:agency is null or p.agencyCode = :agency) order by p.year desc, p.planNumber")
  List<PlanEntity> search(@Param("year") Integer year, @Param("agency") String agencyCode);

  @Query("select distinct p from PlanEntity p join p.versions v where v.status = cn.lawfulinspection.plan.PlanStatus.FILED"
      + " and (:year is null or p.year = :year) and (:agency is null or p.agencyCode = :agency)"
      + " order by p.year desc, p.planNumber")
  List<PlanEntity> searchFiled(@Param("year") Integer year, @Param("agency") String agencyCode);

  @Query("select p from PlanEntity p where p.agencyCode = :agency and p.year = :year and p.title = :title")
  Optional<PlanEntity> findByAgencyYearAndTitle(
      @Param("agency") String agencyCode, @Param("year") int year, @Param("title") String title);
}
