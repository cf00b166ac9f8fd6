package cn.lawfulinspection.migration;

import cn.lawfulinspection.migration.ProcessMigration.Mode;
import java.util.List;

/**
 * Which running instances to move to the newest version of their process, and how.
 *
 * @param processKeys the processes, all of {@link ProcessMigration#SPINE} when empty or absent
 * @param processInstanceIds only these instances (e.g. one first, to try it out), all when empty or absent
 * @param mode AUTO when absent; the dry run ignores it
 */
public record MigrationRequest(List<String> processKeys, List<String> processInstanceIds, Mode mode) {

  public MigrationRequest {
    processKeys = processKeys == null ? List.of() : List.copyOf(processKeys);
    processInstanceIds = processInstanceIds == null ? List.of() : List.copyOf(processInstanceIds);
    mode = mode == null ? Mode.AUTO : mode;
  }

  /** Every running instance of every process of the platform, at once or as batches. */
  public static MigrationRequest everything() {
    return new MigrationRequest(null, null, null);
  }
}
