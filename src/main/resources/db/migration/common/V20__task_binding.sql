-- R-IG-3: the process instances that act on a task. A process step finds its task through the binding of its root
-- process instance (the spine for the called processes), never through a process variable. A task has one spine
-- (InspectionTaskProcess) and at most one quiet-period filing process (QuietExceptionFilingProcess), bound by the
-- platform when it starts them.
CREATE TABLE insp_task_binding (
  process_instance_id VARCHAR(64) NOT NULL PRIMARY KEY,
  task_id BIGINT NOT NULL,
  binding_role VARCHAR(16) NOT NULL,
  CONSTRAINT uk_insp_task_binding_role UNIQUE (task_id, binding_role),
  CONSTRAINT fk_insp_task_binding_task FOREIGN KEY (task_id) REFERENCES insp_task (id)
);

-- tasks registered before: their spine is the process instance they recorded
INSERT INTO insp_task_binding (process_instance_id, task_id, binding_role)
SELECT process_instance_id, id, 'SPINE' FROM insp_task WHERE process_instance_id IS NOT NULL;

-- R-IG-1: facts some steps of the lifecycle depend on (TaskLifecycle): whether the backfilled result found problems,
-- and the outcome of the inspector's last check of the rectification
ALTER TABLE insp_task ADD COLUMN problems_found BOOLEAN;
ALTER TABLE insp_task ADD COLUMN rectified BOOLEAN;

UPDATE insp_task SET problems_found = (SELECT r.problems_found FROM insp_result r WHERE r.task_id = insp_task.id)
WHERE id IN (SELECT task_id FROM insp_result);
UPDATE insp_task SET rectified = TRUE
WHERE id IN (SELECT task_id FROM insp_rectification WHERE status = 'VERIFIED');
UPDATE insp_task SET rectified = FALSE
WHERE id IN (SELECT task_id FROM insp_rectification WHERE status = 'NOT_RECTIFIED');
