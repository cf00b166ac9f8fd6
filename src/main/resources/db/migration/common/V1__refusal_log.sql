-- Refusals kept for supervision (执法监督): who was refused what, by which rule.
CREATE TABLE insp_refusal_log (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  refused_at  TIMESTAMP(6)  NOT NULL,
  user_id     VARCHAR(64),
  rule_id     VARCHAR(16),
  field       VARCHAR(64),
  message     VARCHAR(1000) NOT NULL,
  location    VARCHAR(255)
);
CREATE INDEX idx_refusal_rule ON insp_refusal_log (rule_id);
