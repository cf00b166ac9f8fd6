-- Versions of the policy profiles (政策配置版本) an administrator made at run time. Version 1 of each profile is its
-- shipped file (src/main/resources/policy-profiles/<name>.json) and is not stored; each change makes the next version
-- with the whole profile as JSON and the audit of the change: who, when, why, old -> new. The unique key decides a
-- race between two administrators: the second insert of the same version fails and is answered 409 (R-IG-5).
CREATE TABLE insp_policy_profile_version (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(32)   NOT NULL,
  version     INT           NOT NULL,
  content     MEDIUMTEXT    NOT NULL,
  changed_by  VARCHAR(64)   NOT NULL,
  changed_at  TIMESTAMP(6)  NOT NULL,
  reason      VARCHAR(1000) NOT NULL,
  changes     MEDIUMTEXT    NOT NULL,
  CONSTRAINT uk_insp_policy_profile_version UNIQUE (name, version)
);
