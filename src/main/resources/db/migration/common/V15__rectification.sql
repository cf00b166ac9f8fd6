-- Follow-up / rectification (整改跟踪, R-RS-4): one rectification per task, one round per check by an inspector
-- (round 1: the enterprise's report and the verification; round 2: the re-check after 安排复查).
CREATE TABLE insp_rectification (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  task_id BIGINT NOT NULL,
  task_number VARCHAR(40) NOT NULL,
  agency_code VARCHAR(32) NOT NULL,
  deadline DATE NOT NULL,
  status VARCHAR(24) NOT NULL,
  opened_at TIMESTAMP(6) NOT NULL,
  recheck_date DATE,
  closed_at TIMESTAMP(6),
  CONSTRAINT uk_insp_rectification_task UNIQUE (task_id),
  CONSTRAINT uk_insp_rectification_number UNIQUE (task_number)
);

CREATE TABLE insp_rectification_round (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  rectification_id BIGINT NOT NULL,
  round_no INT NOT NULL,
  report_text VARCHAR(2000),
  evidence VARCHAR(2100),
  reported_at TIMESTAMP(6),
  report_device VARCHAR(160),
  verdict VARCHAR(16),
  remark VARCHAR(1000),
  checked_by VARCHAR(64),
  checked_at TIMESTAMP(6),
  CONSTRAINT uk_insp_rectification_round UNIQUE (rectification_id, round_no),
  CONSTRAINT fk_insp_rectification_round FOREIGN KEY (rectification_id) REFERENCES insp_rectification (id)
);
