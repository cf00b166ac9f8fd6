package cn.lawfulinspection.task;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link RegistrationPolicy} needs to know of a task being registered (登记检查任务).
 *
 * @param origin planned or triggered
 * @param planId the plan of a planned task, {@code null} when none was chosen
 * @param planVersion the plan version the task is registered under, {@code null} when none was chosen
 * @param planVersionFiled whether that version is filed with the justice bureau (已备案) and in force
 * @param trigger the trigger reason of a triggered task, {@code null} when none was given
 * @param inspectorIds the assigned inspectors (user ids), each already checked for a valid certificate (R-MD-1)
 * @param registeredOn the day of registration
 * @param window the inspection window
 */
public record TaskRegistration(
    TaskOrigin origin,
    Long planId,
    Integer planVersion,
    boolean planVersionFiled,
    TriggerReason trigger,
    List<String> inspectorIds,
    LocalDate registeredOn,
    InspectionWindow window) {

  /** A planned task under the given plan version. */
  public static TaskRegistration planned(long planId, int planVersion, boolean filed, List<String> inspectorIds,
      LocalDate registeredOn, InspectionWindow window) {
    return new TaskRegistration(TaskOrigin.PLANNED, planId, planVersion, filed, null, inspectorIds, registeredOn,
        window);
  }

  /** A triggered task with the given reason. */
  public static TaskRegistration triggered(TriggerReason trigger, List<String> inspectorIds, LocalDate registeredOn,
      InspectionWindow window) {
    return new TaskRegistration(TaskOrigin.TRIGGERED, null, null, false, trigger, inspectorIds, registeredOn,
        window);
  }
}
