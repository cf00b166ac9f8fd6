package cn.lawfulinspection.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanReminders extends JpaRepository<PlanReminderEntity, Long> {

  List<PlanReminderEntity> findByProcessInstanceId(String processInstanceId);
}
