package cn.lawfulinspection.migration.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Row of {@code insp_process_migration}: an administrator moved these instances from one version to another. */
@Entity
@Table(name = "insp_process_migration")
public class MigrationRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "migrated_at", nullable = false)
  private Instant migratedAt;
  @Column(name = "user_id", nullable = false, length = 64)
  private String userId;
  @Column(name = "process_key", nullable = false)
  private String processKey;
  @Column(name = "source_definition_id", nullable = false, length = 64)
  private String sourceDefinitionId;
  @Column(name = "source_version", nullable = false)
  private int sourceVersion;
  @Column(name = "target_definition_id", nullable = false, length = 64)
  private String targetDefinitionId;
  @Column(name = "target_version", nullable = false)
  private int targetVersion;
  @Column(name = "target_deployment_id", nullable = false, length = 64)
  private String targetDeploymentId;
  @Column(name = "execution_mode", nullable = false, length = 8)
  private String mode;
  @Column(name = "batch_id", length = 64)
  private String batchId;
  @Column(name = "instance_count", nullable = false)
  private int instanceCount;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "insp_process_migration_instance", joinColumns = @JoinColumn(name = "migration_id"))
  private List<MigratedInstance> instances = new ArrayList<>();

  protected MigrationRecord() {}

  MigrationRecord(Instant migratedAt, String userId, String processKey, String sourceDefinitionId, int sourceVersion,
      String targetDefinitionId, int targetVersion, String targetDeploymentId, String mode, String batchId,
      List<MigratedInstance> instances) {
    this.migratedAt = migratedAt;
    this.userId = userId;
    this.processKey = processKey;
    this.sourceDefinitionId = sourceDefinitionId;
    this.sourceVersion = sourceVersion;
    this.targetDefinitionId = targetDefinitionId;
    this.targetVersion = targetVersion;
    this.targetDeploymentId = targetDeploymentId;
    this.mode = mode;
    this.batchId = batchId;
    this.instances = new ArrayList<>(instances);
    this.instanceCount = instances.size();
  }

  public Long id() {
    return id;
  }

  public Instant migratedAt() {
    return migratedAt;
  }

  public String userId() {
    return userId;
  }

  public String processKey() {
    return processKey;
  }

  public String sourceDefinitionId() {
    return sourceDefinitionId;
  }

  public int sourceVersion() {
    return sourceVersion;
  }

  public String targetDefinitionId() {
    return targetDefinitionId;
  }

  public int targetVersion() {
    return targetVersion;
  }

  public String targetDeploymentId() {
    return targetDeploymentId;
  }

  public String mode() {
    return mode;
  }

  public String batchId() {
    return batchId;
  }

  public int instanceCount() {
    return instanceCount;
  }

  public List<MigratedInstance> instances() {
    return List.copyOf(instances);
  }

  /** One instance moved, where it waited when it moved. */
  @Embeddable
  public static class MigratedInstance {

    @Column(name = "process_instance_id", nullable = false, length = 64)
    private String processInstanceId;
    @Column(name = "business_key")
    private String businessKey;
    @Column(name = "activity_ids", nullable = false, length = 1000)
    private String activityIds;

    protected MigratedInstance() {}

    MigratedInstance(String processInstanceId, String businessKey, String activityIds) {
      this.processInstanceId = processInstanceId;
      this.businessKey = businessKey;
      this.activityIds = activityIds;
    }

    public String processInstanceId() {
      return processInstanceId;
    }

    public String businessKey() {
      return businessKey;
    }

    public String activityIds() {
      return activityIds;
    }
  }
}
