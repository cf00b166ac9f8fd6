package cn.lawfulinspection.migration;

import java.util.List;

/**
 * What a migration did, or in a dry run would do: one entry per version pair (a process's older version that still has
 * running instances, and its newest version), with each instance where it waits and whether it can move.
 *
 * @param dryRun true when nothing was changed
 * @param pairs the version pairs, in the order of {@link ProcessMigration#SPINE}, older source versions first
 */
public record MigrationReport(boolean dryRun, List<Pair> pairs) {

  /** How a version pair ended. */
  public enum Outcome {
    /** dry run: every instance would move */
    WOULD_MIGRATE,
    /** dry run: the plan or some instances cannot move; see the errors */
    WOULD_MIGRATE_PARTLY,
    /** the instances that could move were moved now */
    MIGRATED,
    /** the instances that could move were handed to a Camunda batch, which the job executor runs */
    BATCH_STARTED,
    /** nothing can move: the plan is invalid or no instance passed its trial */
    NOT_MIGRATED
  }

  /**
   * @param planErrors why the generated plan is invalid (empty when valid); the instances are then not tried
   * @param migrated how many instances were moved or handed to the batch (0 in a dry run)
   * @param batchId the Camunda batch, for {@link Outcome#BATCH_STARTED}
   */
  public record Pair(String processKey, String sourceDefinitionId, int sourceVersion, String targetDefinitionId,
      int targetVersion, List<String> planErrors, List<Instance> instances, Outcome outcome, int migrated,
      String batchId) {}

  /**
   * @param activityIds the activities the instance waits in (a user task, an event gateway, a call activity...)
   * @param migratable whether it passed its trial migration (made and rolled back)
   * @param errors why not, as the engine reports it, prefixed in Chinese
   */
  public record Instance(String processInstanceId, String businessKey, List<String> activityIds, boolean migratable,
      List<String> errors) {}
}
