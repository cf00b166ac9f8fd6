-- Scan-in (扫码入企, R-SC-1, R-SC-2): at most one record per task; a repeated scan returns it (idempotent).
CREATE TABLE insp_scan_in (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  task_id BIGINT NOT NULL,
  inspector_user_id VARCHAR(64) NOT NULL,
  scanned_at TIMESTAMP(6) NOT NULL,
  method VARCHAR(16) NOT NULL,
  enterprise_code VARCHAR(18),
  no_scan_reason VARCHAR(32),
  body_camera_ref VARCHAR(200),
  device VARCHAR(160),
  CONSTRAINT uk_insp_scan_in_task UNIQUE (task_id)
);
