-- Who moved running process instances to a new version of their model, and which (流程实例迁移记录, docs/migration.md).
-- One row per version pair an administrator migrated (a dry run writes nothing); the instances in the child table.
-- Kept for supervision: a changed procedure applied to running inspections is a legal matter.
CREATE TABLE insp_process_migration (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  migrated_at          TIMESTAMP(6) NOT NULL,
  user_id              VARCHAR(64)  NOT NULL,
  process_key          VARCHAR(255) NOT NULL,
  source_definition_id VARCHAR(64)  NOT NULL,
  source_version       INT          NOT NULL,
  target_definition_id VARCHAR(64)  NOT NULL,
  target_version       INT          NOT NULL,
  target_deployment_id VARCHAR(64)  NOT NULL,
  execution_mode       VARCHAR(8)   NOT NULL,
  batch_id             VARCHAR(64),
  instance_count       INT          NOT NULL
);
CREATE INDEX idx_process_migration_key ON insp_process_migration (process_key, migrated_at);

CREATE TABLE insp_process_migration_instance (
  migration_id        BIGINT       NOT NULL,
  process_instance_id VARCHAR(64)  NOT NULL,
  business_key        VARCHAR(255),
  activity_ids        VARCHAR(1000) NOT NULL,
  PRIMARY KEY (migration_id, process_instance_id),
  CONSTRAINT fk_process_migration_instance FOREIGN KEY (migration_id) REFERENCES insp_process_migration (id)
);
