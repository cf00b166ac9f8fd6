-- R-TK-10 (YQ 3, JJ 7, JJ 16): trigger records (触发记录). A triggered task links the record that triggered it: a
-- complaint or report (投诉举报, with the 12345 hotline ticket when there is one), a referral (转办交办), a case
-- (执法办案), a data-monitoring alert (数据监测), an enterprise's request (企业申请), a media exposure or a superior's
-- assignment. Registered by the agency's staff, numbered per agency and year (CF-SCJG-2026-0001, race-free through
-- insp_number_counter). One record concerns one enterprise and justifies one task: used_by_task_number is set, under
-- the record's row lock, by the registration that links it (exactly one of simultaneous registrations wins).
CREATE TABLE insp_trigger_record (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_number VARCHAR(40) NOT NULL,
  agency_code VARCHAR(32) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  source VARCHAR(200) NOT NULL,
  hotline_ticket VARCHAR(64),
  received_on DATE NOT NULL,
  content VARCHAR(2000) NOT NULL,
  enterprise_code VARCHAR(18) NOT NULL,
  enterprise_name VARCHAR(200) NOT NULL,
  registered_by VARCHAR(64) NOT NULL,
  registered_at TIMESTAMP(6) NOT NULL,
  used_by_task_number VARCHAR(40),
  CONSTRAINT uk_insp_trigger_record_number UNIQUE (record_number)
);
CREATE INDEX ix_insp_trigger_record_agency ON insp_trigger_record (agency_code, enterprise_code);

-- R-SV-2 (JJ 7): the justice bureau's exception (过度检查例外) that lets one more triggered inspection of an
-- enterprise in a month go ahead above the block level; referenced at registration and used by one task.
CREATE TABLE insp_overinspection_exception (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  exception_number VARCHAR(40) NOT NULL,
  enterprise_code VARCHAR(18) NOT NULL,
  enterprise_name VARCHAR(200) NOT NULL,
  exception_month VARCHAR(7) NOT NULL,
  reason VARCHAR(1000) NOT NULL,
  granted_by VARCHAR(64) NOT NULL,
  granted_at TIMESTAMP(6) NOT NULL,
  used_by_task_number VARCHAR(40),
  CONSTRAINT uk_insp_overinspection_exception UNIQUE (exception_number)
);

-- the task's side: the linked record, the stated urgency of an emergency (R-TK-4), the reason of a surprise (R-NT-3)
-- and the justice bureau's exception it used (R-SV-2)
ALTER TABLE insp_task ADD COLUMN trigger_record_id BIGINT;
ALTER TABLE insp_task ADD COLUMN trigger_record_number VARCHAR(40);
ALTER TABLE insp_task ADD COLUMN urgency_category VARCHAR(32);
ALTER TABLE insp_task ADD COLUMN urgency_reason VARCHAR(1000);
ALTER TABLE insp_task ADD COLUMN surprise_reason VARCHAR(32);
ALTER TABLE insp_task ADD COLUMN surprise_reason_text VARCHAR(1000);
ALTER TABLE insp_task ADD COLUMN overinspection_exception VARCHAR(40);
CREATE INDEX ix_insp_task_trigger_month ON insp_task (enterprise_code, origin, window_start);
