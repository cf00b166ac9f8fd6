package cn.lawfulinspection.migration.internal;

import cn.lawfulinspection.migration.MigrationReport;
import cn.lawfulinspection.migration.ProcessMigration;
import cn.lawfulinspection.migration.MigrationRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "流程实例迁移", description = "设计人员部署新版本流程后，系统管理员先试迁移（不改动任何数据），再将运行中的流程实例迁移到新版本")
@RestController
class ProcessMigrationController {

  private final ProcessMigration migration;
  private final MigrationRecords records;

  ProcessMigrationController(ProcessMigration migration, MigrationRecords records) {
    this.migration = migration;
    this.records = records;
  }

  @Operation(summary = "试迁移：列出每个版本对的迁移计划和每个运行中的流程实例能否迁移，不改动任何数据（系统管理员）")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  @PostMapping("/api/admin/process-migrations/dry-run")
  MigrationReport dryRun(@RequestBody(required = false) MigrationRequest request) {
    return migration.dryRun(request == null ? MigrationRequest.everything() : request);
  }

  @Operation(summary = "将运行中的流程实例迁移到各流程的最新版本；不能迁移的实例保持原状并列出原因（系统管理员）")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  @PostMapping("/api/admin/process-migrations")
  MigrationReport migrate(@RequestBody(required = false) MigrationRequest request) {
    return migration.migrate(request == null ? MigrationRequest.everything() : request);
  }

  @Operation(summary = "流程实例迁移记录：谁在何时将哪些实例从哪个版本迁移到哪个版本，最新的在前（执法监督、系统管理员）")
  @PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_camunda-admin')")
  @GetMapping("/api/supervision/process-migrations")
  List<MigrationEntry> history(@RequestParam(defaultValue = "50") int limit) {
    return records.latest(Math.max(1, Math.min(limit, 500))).stream().map(MigrationEntry::of).toList();
  }

  /** A migration as supervision reads it. */
  record MigrationEntry(long id, Instant migratedAt, String userId, String processKey, String sourceDefinitionId,
      int sourceVersion, String targetDefinitionId, int targetVersion, String targetDeploymentId, String mode,
      String batchId, int instanceCount, List<Moved> instances) {

    static MigrationEntry of(MigrationRecord r) {
      return new MigrationEntry(r.id(), r.migratedAt(), r.userId(), r.processKey(), r.sourceDefinitionId(),
          r.sourceVersion(), r.targetDefinitionId(), r.targetVersion(), r.targetDeploymentId(), r.mode(),
          r.batchId(), r.instanceCount(), r.instances().stream()
              .map(i -> new Moved(i.processInstanceId(), i.businessKey(), List.of(i.activityIds().split(","))))
              .toList());
    }
  }

  record Moved(String processInstanceId, String businessKey, List<String> activityIds) {}
}
