-- Who deployed which models (流程模型部署记录), for supervision: a changed procedure is a legal matter. One row per
-- deployment the engine accepted (outcome DEPLOYED, with the engine's deployment id) or the platform refused before
-- anything went live (outcome REFUSED, with the reasons). deployer is null for the platform's own deployment at start.
CREATE TABLE insp_model_deployment (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  recorded_at     TIMESTAMP(6)  NOT NULL,
  deployer        VARCHAR(64),
  deployment_id   VARCHAR(64),
  deployment_name VARCHAR(255),
  source          VARCHAR(255),
  outcome         VARCHAR(16)   NOT NULL,
  resources       VARCHAR(4000) NOT NULL,
  forms_added     VARCHAR(2000),
  problems        VARCHAR(4000)
);
CREATE INDEX idx_model_deployment_at ON insp_model_deployment (recorded_at);
