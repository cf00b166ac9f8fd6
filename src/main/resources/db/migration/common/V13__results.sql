-- First-violation exemption list (首违不罚清单, R-RS-5): a flag on the inspection item.
ALTER TABLE insp_inspection_item ADD COLUMN first_violation_exempt BOOLEAN DEFAULT FALSE NOT NULL;

-- The backfilled result of a task (回填检查结果, R-RS-1, R-SC-1): at most one per task.
CREATE TABLE insp_result (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  task_id BIGINT NOT NULL,
  task_number VARCHAR(40) NOT NULL,
  enterprise_code VARCHAR(18) NOT NULL,
  agency_code VARCHAR(32) NOT NULL,
  backfilled_by VARCHAR(64) NOT NULL,
  backfilled_at TIMESTAMP(6) NOT NULL,
  scanned_in_at TIMESTAMP(6) NOT NULL,
  due_on DATE NOT NULL,
  late BOOLEAN NOT NULL,
  problems_found BOOLEAN NOT NULL,
  rectification_deadline DATE,
  remarks VARCHAR(1000),
  CONSTRAINT uk_insp_result_task UNIQUE (task_id)
);
CREATE INDEX idx_insp_result_late ON insp_result (late);

-- One row per item of the task: outcome, findings, minor flag, first-violation exemption (R-RS-5), evidence.
CREATE TABLE insp_result_item (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  result_id BIGINT NOT NULL,
  position INT NOT NULL,
  enterprise_code VARCHAR(18) NOT NULL,
  item_code VARCHAR(32) NOT NULL,
  item_name VARCHAR(200) NOT NULL,
  outcome VARCHAR(16) NOT NULL,
  findings VARCHAR(2000),
  minor BOOLEAN NOT NULL,
  first_violation_exempt BOOLEAN NOT NULL,
  evidence VARCHAR(2000),
  CONSTRAINT fk_insp_result_item_result FOREIGN KEY (result_id) REFERENCES insp_result (id)
);
CREATE INDEX idx_insp_result_item_history ON insp_result_item (enterprise_code, item_code, outcome);
