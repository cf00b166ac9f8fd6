-- Inspection plans (检查计划) with their versions; every submission is a new version, returned ones are kept.
CREATE TABLE insp_plan (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_number  VARCHAR(40)  NOT NULL,
  agency_code  VARCHAR(32)  NOT NULL,
  agency_name  VARCHAR(100) NOT NULL,
  plan_year    INT          NOT NULL,
  plan_type    VARCHAR(16)  NOT NULL,
  title        VARCHAR(200) NOT NULL,
  uploaded_at  TIMESTAMP(6) NOT NULL,
  uploaded_by  VARCHAR(64),
  CONSTRAINT uk_plan_number UNIQUE (plan_number)
);
CREATE INDEX idx_plan_agency_year ON insp_plan (agency_code, plan_year);

CREATE TABLE insp_plan_version (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id             BIGINT        NOT NULL,
  version_no          INT           NOT NULL,
  status              VARCHAR(16)   NOT NULL,
  amendment           BOOLEAN       NOT NULL,
  inspection_method   VARCHAR(200)  NOT NULL,
  object_scope        VARCHAR(1000) NOT NULL,
  window_start        DATE          NOT NULL,
  window_end          DATE          NOT NULL,
  annual_cap          INT           NOT NULL,
  notes               VARCHAR(2000),
  late                BOOLEAN       NOT NULL,
  warning             VARCHAR(500),
  submitted_by        VARCHAR(64),
  submitted_at        TIMESTAMP(6)  NOT NULL,
  approved_by         VARCHAR(64),
  approved_at         TIMESTAMP(6),
  returned_by         VARCHAR(64),
  returned_at         TIMESTAMP(6),
  returned_stage      VARCHAR(16),
  return_reason       VARCHAR(1000),
  filed_by            VARCHAR(64),
  filed_at            TIMESTAMP(6),
  published_at        TIMESTAMP(6),
  superseded_at       TIMESTAMP(6),
  process_instance_id VARCHAR(64),
  CONSTRAINT fk_plan_version_plan FOREIGN KEY (plan_id) REFERENCES insp_plan (id),
  CONSTRAINT uk_plan_version UNIQUE (plan_id, version_no)
);
CREATE INDEX idx_plan_version_status ON insp_plan_version (status);

-- the items (检查事项) of a version, in the order they were chosen
CREATE TABLE insp_plan_item (
  version_id  BIGINT       NOT NULL,
  item_order  INT          NOT NULL,
  item_code   VARCHAR(64)  NOT NULL,
  item_name   VARCHAR(200) NOT NULL,
  PRIMARY KEY (version_id, item_order),
  CONSTRAINT fk_plan_item_version FOREIGN KEY (version_id) REFERENCES insp_plan_version (id)
);

-- reminders raised when a head's plan approval runs past its due date
CREATE TABLE insp_plan_reminder (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  process_instance_id VARCHAR(64)  NOT NULL,
  plan_id             BIGINT,
  plan_version        INT,
  stage               VARCHAR(16)  NOT NULL,
  candidate_group     VARCHAR(64),
  reminded_at         TIMESTAMP(6) NOT NULL,
  message             VARCHAR(500) NOT NULL
);
