-- Race-free, gap-free numbers (R-IG-5): one counter row per kind of number (TASK 任务编号, PLAN 计划编号), agency
-- and year. A registration locks its row with SELECT ... FOR UPDATE and raises it in its own transaction, so two
-- registrations never get the same number and a registration that rolls back gives its number back.
CREATE TABLE insp_number_counter (
  kind VARCHAR(16) NOT NULL,
  agency_code VARCHAR(32) NOT NULL,
  counter_year INT NOT NULL,
  last_number BIGINT NOT NULL,
  CONSTRAINT pk_insp_number_counter PRIMARY KEY (kind, agency_code, counter_year)
);
-- The guard row: the first number of a kind, agency and year creates that counter while holding this row's lock,
-- so two first registrations cannot both create it (and no registration needs a second connection for it).
INSERT INTO insp_number_counter (kind, agency_code, counter_year, last_number) VALUES ('GUARD', '-', 0, 0);
