-- Evaluations (评议, R-RS-3): the enterprise rates its inspection once, through the inspection code, after the
-- inspectors scanned in. The unique key on the task makes "once per task" hold even for two simultaneous posts.
CREATE TABLE insp_evaluation (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  task_id BIGINT NOT NULL,
  task_number VARCHAR(32) NOT NULL,
  agency_code VARCHAR(32) NOT NULL,
  enterprise_code VARCHAR(18) NOT NULL,
  score INT NOT NULL,
  comment_text VARCHAR(500),
  submitted_at TIMESTAMP(6) NOT NULL,
  device VARCHAR(160),
  CONSTRAINT uk_insp_evaluation_task UNIQUE (task_id),
  CONSTRAINT ck_insp_evaluation_score CHECK (score BETWEEN 1 AND 5)
);
CREATE INDEX ix_insp_evaluation_agency ON insp_evaluation (agency_code);
