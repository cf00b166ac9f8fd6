-- The policy profile version in force when a task was registered: every later check and timer of the task uses it
-- (docs/policy-profiles.md). Null for tasks registered before profiles had versions: they follow the profile in force.
ALTER TABLE insp_task ADD COLUMN policy_profile VARCHAR(32);
ALTER TABLE insp_task ADD COLUMN policy_version INT;
