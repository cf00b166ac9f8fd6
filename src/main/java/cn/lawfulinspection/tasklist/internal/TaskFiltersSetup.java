package cn.lawfulinspection.tasklist.internal;

import cn.lawfulinspection.identity.AgencyGroupsEnsured;
import cn.lawfulinspection.tasklist.TaskFilters;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When the filters are made: at every start-up after the users (all profiles), whenever an agency's groups are
 * ensured, and shortly after midnight (Asia/Shanghai) for the date of 即将到期.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Order(50)
class TaskFiltersSetup implements ApplicationRunner {

  private final TaskFilters filters;
  private volatile boolean started;

  TaskFiltersSetup(TaskFilters filters) {
    this.filters = filters;
  }

  @Override
  public void run(ApplicationArguments args) {
    filters.ensureAll();
    started = true;
  }

  @EventListener
  void agencyGroupsEnsured(AgencyGroupsEnsured event) {
    // before start-up completes, run() will make the filters of every agency anyway
    if (started) {
      filters.ensureAgencyFilter(event.agencyCode(), event.agencyName());
    }
  }

  @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Shanghai")
  void moveDueSoonDate() {
    filters.refreshDueSoon();
  }
}
