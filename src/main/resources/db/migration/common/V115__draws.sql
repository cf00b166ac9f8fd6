-- R-PL-5 (YQ 5): double-random draws (双随机抽取) under a filed routine plan. Committed first: the secret seed is
-- stored (revealed only when the draw is executed) and its SHA-256 shown; the pools are frozen as sorted lists. The
-- execution stores the result; the status moves COMMITTED -> DRAWN once, under the draw's row lock (R-IG-5).
CREATE TABLE insp_draw (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  draw_number VARCHAR(40),
  plan_id BIGINT NOT NULL,
  plan_number VARCHAR(40) NOT NULL,
  plan_version INT NOT NULL,
  plan_title VARCHAR(200) NOT NULL,
  agency_code VARCHAR(32) NOT NULL,
  agency_name VARCHAR(100) NOT NULL,
  enterprise_filter VARCHAR(500) NOT NULL,
  enterprise_count INT NOT NULL,
  team_size INT NOT NULL,
  algorithm VARCHAR(100) NOT NULL,
  seed_hash VARCHAR(64) NOT NULL,
  seed VARCHAR(64) NOT NULL,
  status VARCHAR(16) NOT NULL,
  committed_by VARCHAR(64) NOT NULL,
  committed_at TIMESTAMP(6) NOT NULL,
  executed_by VARCHAR(64),
  executed_at TIMESTAMP(6),
  row_version BIGINT NOT NULL,
  CONSTRAINT uk_insp_draw_number UNIQUE (draw_number)
);

-- the frozen pools, in sorted order (position 0 first)
CREATE TABLE insp_draw_enterprise (
  draw_id BIGINT NOT NULL,
  seq_no INT NOT NULL,
  credit_code VARCHAR(18) NOT NULL,
  PRIMARY KEY (draw_id, seq_no)
);
CREATE TABLE insp_draw_inspector (
  draw_id BIGINT NOT NULL,
  seq_no INT NOT NULL,
  inspector_id VARCHAR(64) NOT NULL,
  inspector_name VARCHAR(100) NOT NULL,
  PRIMARY KEY (draw_id, seq_no)
);

-- the result: one row per drawn enterprise in drawing order, with its team
CREATE TABLE insp_draw_result (
  draw_id BIGINT NOT NULL,
  seq_no INT NOT NULL,
  enterprise_code VARCHAR(18) NOT NULL,
  enterprise_name VARCHAR(200) NOT NULL,
  inspector_ids VARCHAR(1000) NOT NULL,
  inspector_names VARCHAR(1000) NOT NULL,
  PRIMARY KEY (draw_id, seq_no)
);

-- the trace: one row per step (COMMIT, EXECUTE) with actor and platform time
CREATE TABLE insp_draw_step (
  draw_id BIGINT NOT NULL,
  seq_no INT NOT NULL,
  step VARCHAR(16) NOT NULL,
  actor VARCHAR(64) NOT NULL,
  step_at TIMESTAMP(6) NOT NULL,
  detail VARCHAR(1000) NOT NULL,
  PRIMARY KEY (draw_id, seq_no)
);
