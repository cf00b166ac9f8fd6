package cn.lawfulinspection.enterprise.internal;

import cn.lawfulinspection.enterprise.Enterprise;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo enterprises ({@link DemoEnterprises}); enterprises already present are left as they are. */
@Component
@Order(21)
@ConditionalOnProperty(name = "inspection.demo-data.enabled", havingValue = "true")
class EnterpriseDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(EnterpriseDemoData.class);

  private final JpaEnterpriseService enterprises;

  EnterpriseDemoData(JpaEnterpriseService enterprises) {
    this.enterprises = enterprises;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<Enterprise> all = DemoEnterprises.generate();
    var existing = new java.util.HashSet<>(enterprises.existingCodes(all.stream().map(Enterprise::creditCode).toList()));
    List<Enterprise> missing = all.stream().filter(e -> !existing.contains(e.creditCode())).toList();
    enterprises.createAll(missing);
    log.info("demo enterprises: {} created, {} already present", missing.size(), existing.size());
  }
}
