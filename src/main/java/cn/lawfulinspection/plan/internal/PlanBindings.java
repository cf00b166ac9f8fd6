package cn.lawfulinspection.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of {@link PlanBindingEntity}, keyed by process instance id. */
public interface PlanBindings extends JpaRepository<PlanBindingEntity, String> {

  List<PlanBindingEntity> findByPlanId(long planId);
}
