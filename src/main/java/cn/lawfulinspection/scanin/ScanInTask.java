package cn.lawfulinspection.scanin;

import cn.lawfulinspection.task.InspectionWindow;
import java.util.Set;

/**
 * What {@link ScanInPolicy} needs to know of the task an inspector scans in to.
 *
 * @param enterpriseId the enterprise the task inspects (its unified social credit code or id)
 * @param assignedInspectors user ids of the inspectors assigned to the task
 * @param approved whether the head has approved the task (R-TK-3)
 * @param emergency an emergency task (情况紧急, R-TK-4): scan-in comes before the head's (post-hoc) approval
 * @param window the approved inspection window
 */
public record ScanInTask(String enterpriseId, Set<String> assignedInspectors, boolean approved, boolean emergency,
    InspectionWindow window) {

  public ScanInTask {
    assignedInspectors = Set.copyOf(assignedInspectors);
  }
}
