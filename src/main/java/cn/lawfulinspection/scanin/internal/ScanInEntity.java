package cn.lawfulinspection.scanin.internal;

import cn.lawfulinspection.scanin.NoScanReason;
import cn.lawfulinspection.scanin.ScanInMethod;
import cn.lawfulinspection.scanin.ScanInRecord;
import cn.lawfulinspection.scanin.ScanLocation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.NaturalId;
import java.time.Instant;

/**
 * Row of {@code insp_scan_in}: the one scan-in of a task (unique on the task), with the phone's location when it gave
 * one (R-IG-7).
 */
@Entity
@Table(name = "insp_scan_in")
public class ScanInEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  /** One scan-in per task (R-SC-1): the natural id, looked up by {@link ScanInsByTask}. */
  @NaturalId
  @Column(name = "task_id", nullable = false, unique = true)
  private long taskId;
  @Column(name = "inspector_user_id", nullable = false, length = 64)
  private String inspectorUserId;
  @Column(name = "scanned_at", nullable = false)
  private Instant scannedAt;
  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false, length = 16)
  private ScanInMethod method;
  @Column(name = "enterprise_code", length = 18)
  private String enterpriseCode;
  @Enumerated(EnumType.STRING)
  @Column(name = "no_scan_reason", length = 32)
  private NoScanReason noScanReason;
  @Column(name = "body_camera_ref", length = 200)
  private String bodyCameraRef;
  @Column(name = "device", length = 160)
  private String device;
  @Column(name = "latitude")
  private Double latitude;
  @Column(name = "longitude")
  private Double longitude;
  @Column(name = "location_accuracy")
  private Double locationAccuracy;

  protected ScanInEntity() {}

  public ScanInEntity(long taskId, String inspectorUserId, Instant scannedAt, ScanInMethod method,
      String enterpriseCode, NoScanReason noScanReason, String bodyCameraRef, String device, ScanLocation location) {
    this.taskId = taskId;
    this.inspectorUserId = inspectorUserId;
    this.scannedAt = scannedAt;
    this.method = method;
    this.enterpriseCode = enterpriseCode;
    this.noScanReason = noScanReason;
    this.bodyCameraRef = bodyCameraRef;
    this.device = device;
    if (location != null) {
      this.latitude = location.latitude();
      this.longitude = location.longitude();
      this.locationAccuracy = location.accuracy();
    }
  }

  public ScanInRecord toRecord(boolean repeated) {
    return new ScanInRecord(id, taskId, inspectorUserId, scannedAt, method, enterpriseCode, noScanReason,
        bodyCameraRef, device, latitude == null || longitude == null ? null
            : new ScanLocation(latitude, longitude, locationAccuracy), repeated);
  }
}
