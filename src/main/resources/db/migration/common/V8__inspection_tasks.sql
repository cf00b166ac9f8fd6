-- Inspection tasks (检查任务): registration and the head's approval (issue 3). One enterprise per task.
CREATE TABLE insp_task (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  task_number VARCHAR(40) NOT NULL,
  agency_code VARCHAR(32) NOT NULL,
  agency_name VARCHAR(100) NOT NULL,
  enterprise_code VARCHAR(18) NOT NULL,
  enterprise_name VARCHAR(200) NOT NULL,
  origin VARCHAR(16) NOT NULL,
  plan_id BIGINT,
  plan_number VARCHAR(40),
  plan_version INT,
  trigger_reason VARCHAR(32),
  trigger_description VARCHAR(1000),
  kind VARCHAR(32) NOT NULL,
  window_start DATE NOT NULL,
  window_end DATE NOT NULL,
  task_year INT NOT NULL,
  emergency BOOLEAN NOT NULL,
  surprise BOOLEAN NOT NULL,
  frequency_change VARCHAR(32),
  head_consent_required BOOLEAN NOT NULL,
  quiet_exception BOOLEAN NOT NULL,
  quiet_filing_due DATE,
  status VARCHAR(32) NOT NULL,
  registered_by VARCHAR(64) NOT NULL,
  registered_at TIMESTAMP(6) NOT NULL,
  revision INT NOT NULL,
  decided_by VARCHAR(64),
  decided_at TIMESTAMP(6),
  decision_reason VARCHAR(1000),
  process_instance_id VARCHAR(64),
  CONSTRAINT uk_insp_task_number UNIQUE (task_number)
);
CREATE INDEX ix_insp_task_enterprise ON insp_task (enterprise_code, agency_code, task_year);

CREATE TABLE insp_task_item (
  task_id BIGINT NOT NULL,
  seq INT NOT NULL,
  item_code VARCHAR(32) NOT NULL,
  item_name VARCHAR(200) NOT NULL,
  legal_basis VARCHAR(1000) NOT NULL,
  PRIMARY KEY (task_id, seq),
  CONSTRAINT fk_insp_task_item_task FOREIGN KEY (task_id) REFERENCES insp_task (id)
);

CREATE TABLE insp_task_inspector (
  task_id BIGINT NOT NULL,
  seq INT NOT NULL,
  inspector_id VARCHAR(32) NOT NULL,
  inspector_name VARCHAR(64) NOT NULL,
  user_id VARCHAR(64),
  certificate_number VARCHAR(64) NOT NULL,
  PRIMARY KEY (task_id, seq),
  CONSTRAINT fk_insp_task_inspector_task FOREIGN KEY (task_id) REFERENCES insp_task (id)
);

CREATE TABLE insp_task_warning (
  task_id BIGINT NOT NULL,
  seq INT NOT NULL,
  rule_id VARCHAR(16) NOT NULL,
  message VARCHAR(1000) NOT NULL,
  PRIMARY KEY (task_id, seq),
  CONSTRAINT fk_insp_task_warning_task FOREIGN KEY (task_id) REFERENCES insp_task (id)
);

-- R-SC-4: every step, who, when, what, from which channel (REST, TASKLIST, ENGINE_REST, ENGINE)
CREATE TABLE insp_task_trace (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  task_id BIGINT NOT NULL,
  occurred_at TIMESTAMP(6) NOT NULL,
  actor VARCHAR(64) NOT NULL,
  action VARCHAR(40) NOT NULL,
  detail VARCHAR(2000),
  channel VARCHAR(16) NOT NULL,
  CONSTRAINT fk_insp_task_trace_task FOREIGN KEY (task_id) REFERENCES insp_task (id)
);
CREATE INDEX ix_insp_task_trace_task ON insp_task_trace (task_id);

-- R-TK-8: results of off-site checks (非现场检查), minimal model
CREATE TABLE insp_offsite_check (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  enterprise_code VARCHAR(18) NOT NULL,
  item_code VARCHAR(32) NOT NULL,
  checked_on DATE NOT NULL,
  violation_found BOOLEAN NOT NULL,
  agency_code VARCHAR(32) NOT NULL,
  recorded_by VARCHAR(64) NOT NULL,
  recorded_at TIMESTAMP(6) NOT NULL
);
CREATE INDEX ix_insp_offsite_check ON insp_offsite_check (enterprise_code, item_code);
