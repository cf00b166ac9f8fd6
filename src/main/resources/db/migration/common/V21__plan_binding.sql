-- R-IG-3: the plan process instances that act on a plan. A step finds its plan (and the version it decides on)
-- through this binding and the version's process instance, never through a process variable.
CREATE TABLE insp_plan_binding (
  process_instance_id VARCHAR(64) NOT NULL PRIMARY KEY,
  plan_id BIGINT NOT NULL,
  amendment BOOLEAN NOT NULL,
  CONSTRAINT fk_insp_plan_binding_plan FOREIGN KEY (plan_id) REFERENCES insp_plan (id)
);
CREATE INDEX idx_plan_binding_plan ON insp_plan_binding (plan_id);
CREATE INDEX idx_plan_version_process ON insp_plan_version (process_instance_id);

-- plans saved before: each process instance that saved a version is bound to that version's plan
INSERT INTO insp_plan_binding (process_instance_id, plan_id, amendment)
SELECT process_instance_id, plan_id, CASE WHEN SUM(CASE WHEN amendment THEN 1 ELSE 0 END) > 0 THEN TRUE ELSE FALSE END
FROM insp_plan_version
WHERE process_instance_id IS NOT NULL GROUP BY process_instance_id, plan_id;
