-- R-IG-3: the binding carries the task's number (the business key every bound process instance must have), so that a
-- process step checks its business key against the binding alone, without reading the task before the task's row
-- lock (R-IG-5). Task numbers never change once registered. (Nullable in the schema, as no ALTER that sets NOT NULL
-- reads the same on H2 and MariaDB; the platform always writes it.)
ALTER TABLE insp_task_binding ADD COLUMN task_number VARCHAR(40);

UPDATE insp_task_binding SET task_number = (SELECT t.task_number FROM insp_task t WHERE t.id = insp_task_binding.task_id);
