package cn.lawfulinspection.migration.internal;

import cn.lawfulinspection.migration.MigrationReport.Instance;
import cn.lawfulinspection.migration.ProcessMigration.Mode;
import cn.lawfulinspection.migration.internal.MigrationRecord.MigratedInstance;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who migrated which instances from which version to which (insp_process_migration), for supervision. */
@Component
public class MigrationRecords {

  private final MigrationRecordRepository repository;
  private final Clock clock;

  MigrationRecords(MigrationRecordRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Transactional
  public void record(String userId, ProcessDefinition source, ProcessDefinition target, Mode mode, String batchId,
      List<Instance> instances) {
    repository.save(new MigrationRecord(clock.instant(), userId, source.getKey(), source.getId(), source.getVersion(),
        target.getId(), target.getVersion(), target.getDeploymentId(), mode.name(), batchId,
        instances.stream().map(i -> new MigratedInstance(i.processInstanceId(), i.businessKey(),
            String.join(",", i.activityIds()))).toList()));
  }

  /** The newest migrations first. */
  @Transactional(readOnly = true)
  public List<MigrationRecord> latest(int limit) {
    return repository.findAllByOrderByIdDesc(PageRequest.of(0, limit));
  }
}
