package cn.lawfulinspection.scanin;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.task.ChineseDates;

/**
 * Scan-in (扫码入企):
 * <ul>
 *   <li>R-SC-1: the task is approved (an emergency task, R-TK-4, may scan in before its post-hoc approval); the
 *       inspector is assigned to it and qualified that day; the day is inside the approved window; the scanned code
 *       is the inspected enterprise's;
 *   <li>R-SC-2: when nothing can be scanned, a reason and the body-camera recording reference are required instead.
 * </ul>
 */
public final class ScanInPolicy {

  public Verdict check(ScanInTask task, ScanInRequest request) {
    if (!task.approved() && !task.emergency()) {
      return Verdict.refuse("R-SC-1", "taskId", "该检查任务尚未经单位负责人审批，不能扫码入企；请待审批通过后再进行检查。");
    }
    if (request.inspectorId() == null || !task.assignedInspectors().contains(request.inspectorId())) {
      return Verdict.refuse("R-SC-1", "inspectorId", "您不是该检查任务指派的执法人员，不能扫码入企；如需参加检查，请联系任务登记人调整执法人员。");
    }
    if (!request.certificateValid()) {
      return Verdict.refuse("R-SC-1", "inspectorId", "您的行政执法证件在" + ChineseDates.format(request.on())
          + "无效（未持证、已过期或已被吊销），不能扫码入企；请由持有效证件的执法人员进行检查。");
    }
    if (!task.window().contains(request.on())) {
      return Verdict.refuse("R-SC-1", "on", "该任务批准的检查时间为" + task.window().label() + "，"
          + ChineseDates.format(request.on()) + "不在此范围内，不能扫码入企；如需调整检查时间，请重新报批。");
    }
    return request.noScanReason() == null ? scanned(task, request) : withoutScan(request);
  }

  private static Verdict scanned(ScanInTask task, ScanInRequest request) {
    if (request.scannedEnterpriseId() == null) {
      return Verdict.refuse("R-SC-2", "noScanReason", "未扫描企业二维码：请扫描企业专属二维码；确实无法扫码的，请选择原因并填写执法记录仪录像编号。");
    }
    if (!request.scannedEnterpriseId().equals(task.enterpriseId())) {
      return Verdict.refuse("R-SC-1", "enterpriseId", "所扫二维码不属于本检查任务的检查对象，请扫描被检查企业的专属二维码。");
    }
    return Verdict.allow();
  }

  private static Verdict withoutScan(ScanInRequest request) {
    String recording = request.bodyCameraRecording();
    if (recording == null || recording.isBlank()) {
      return Verdict.refuse("R-SC-2", "bodyCameraRecording", "因“" + request.noScanReason().label()
          + "”无法扫码时，须填写执法记录仪录像编号，以录像代替扫码留痕。");
    }
    return Verdict.allow();
  }
}
