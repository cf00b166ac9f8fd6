-- R-TK-9, R-NT-4 (JY 2(4), JY 3(2), JJ 14, YH 2(7)): guidance requests (行政指导请求) and invited visits (邀约走访、观摩),
-- kept apart from inspections. A guidance record has no result or violation column on purpose: a guidance visit never
-- carries an inspection result; when the staff find a problem they register an inspection task, which this record
-- only references (inspection_task_number). process_instance_id binds GuidanceRequestProcess to its record (R-IG-3).
CREATE TABLE insp_guidance (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  request_number VARCHAR(40),
  agency_code VARCHAR(32) NOT NULL,
  agency_name VARCHAR(100) NOT NULL,
  enterprise_code VARCHAR(18) NOT NULL,
  enterprise_name VARCHAR(200) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  source VARCHAR(32) NOT NULL,
  subject VARCHAR(1000) NOT NULL,
  contact VARCHAR(100),
  registered_by VARCHAR(64) NOT NULL,
  requested_at TIMESTAMP(6) NOT NULL,
  profile_name VARCHAR(32) NOT NULL,
  reply_working_days INT,
  reply_due_at TIMESTAMP(6),
  status VARCHAR(32) NOT NULL,
  answer VARCHAR(2000),
  visit_proposed BOOLEAN NOT NULL DEFAULT FALSE,
  answered_by VARCHAR(64),
  answered_at TIMESTAMP(6),
  reply_overdue_at TIMESTAMP(6),
  consent VARCHAR(32),
  consent_at TIMESTAMP(6),
  visited_by VARCHAR(64),
  visited_at TIMESTAMP(6),
  visit_notes VARCHAR(2000),
  inspection_task_number VARCHAR(40),
  linked_by VARCHAR(64),
  linked_at TIMESTAMP(6),
  process_instance_id VARCHAR(64),
  CONSTRAINT uk_insp_guidance_number UNIQUE (request_number),
  CONSTRAINT uk_insp_guidance_process UNIQUE (process_instance_id)
);
CREATE INDEX ix_insp_guidance_requested ON insp_guidance (requested_at);
CREATE INDEX ix_insp_guidance_enterprise ON insp_guidance (enterprise_code);
