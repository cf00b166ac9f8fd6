-- R-SV-1 (JJ 7): monthly filings of triggered inspections (触发式检查月度备案). One per agency and month, made by the
-- platform on the first working day of the next month; the head submits it (报送), the justice bureau acknowledges it
-- (备案). process_instance_id binds the filing's process to it (R-IG-3): the process finds its filing here, by its
-- own instance id, never through a process variable.
CREATE TABLE insp_triggered_filing (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  filing_number VARCHAR(40) NOT NULL,
  agency_code VARCHAR(32) NOT NULL,
  agency_name VARCHAR(100) NOT NULL,
  filing_month VARCHAR(7) NOT NULL,
  status VARCHAR(32) NOT NULL,
  opened_at TIMESTAMP(6) NOT NULL,
  submit_due DATE NOT NULL,
  submitted_by VARCHAR(64),
  submitted_at TIMESTAMP(6),
  report_remarks VARCHAR(1000),
  acknowledge_due DATE,
  acknowledged_by VARCHAR(64),
  acknowledged_at TIMESTAMP(6),
  filing_remarks VARCHAR(1000),
  submission_overdue_at TIMESTAMP(6),
  acknowledgement_overdue_at TIMESTAMP(6),
  process_instance_id VARCHAR(64),
  CONSTRAINT uk_insp_triggered_filing_number UNIQUE (filing_number),
  CONSTRAINT uk_insp_triggered_filing_month UNIQUE (agency_code, filing_month),
  CONSTRAINT uk_insp_triggered_filing_process UNIQUE (process_instance_id)
);
CREATE INDEX ix_insp_triggered_filing_month ON insp_triggered_filing (filing_month);

-- the triggered tasks of a filing as they stood when summarized
CREATE TABLE insp_triggered_filing_task (
  filing_id BIGINT NOT NULL,
  line_no INT NOT NULL,
  task_number VARCHAR(40) NOT NULL,
  trigger_label VARCHAR(32) NOT NULL,
  trigger_description VARCHAR(1000),
  enterprise_code VARCHAR(18) NOT NULL,
  enterprise_name VARCHAR(200) NOT NULL,
  window_start DATE NOT NULL,
  window_end DATE NOT NULL,
  task_status VARCHAR(64) NOT NULL,
  PRIMARY KEY (filing_id, line_no),
  CONSTRAINT fk_insp_triggered_filing_task FOREIGN KEY (filing_id) REFERENCES insp_triggered_filing (id)
);
