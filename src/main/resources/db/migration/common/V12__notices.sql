-- Notices to enterprises (检查预告, R-NT-1, R-NT-2): at most one per task, stored when sent through the port.
CREATE TABLE insp_notice (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  task_id BIGINT NOT NULL,
  task_number VARCHAR(32) NOT NULL,
  enterprise_code VARCHAR(18) NOT NULL,
  sent_at TIMESTAMP(6) NOT NULL,
  window_start DATE NOT NULL,
  window_end DATE NOT NULL,
  summary VARCHAR(2000) NOT NULL,
  channel VARCHAR(32) NOT NULL,
  CONSTRAINT uk_insp_notice_task UNIQUE (task_id)
);
