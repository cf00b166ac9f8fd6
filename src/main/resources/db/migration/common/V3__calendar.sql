-- Working-day calendar (工作日历): public holidays (节假日) and adjusted working days (调休上班日) per year.
-- A year present in insp_calendar_year is "known"; a year absent falls back to plain weekends.
-- Seeded from the class-path files calendar/cn-<year>.yml for years not stored yet; maintained by the
-- administrator through PUT /api/calendar/years/{year}.
CREATE TABLE insp_calendar_year (
  cal_year    INT           NOT NULL PRIMARY KEY,
  source      VARCHAR(500)  NOT NULL,
  origin      VARCHAR(16)   NOT NULL,
  updated_at  TIMESTAMP(6)  NOT NULL,
  updated_by  VARCHAR(64)   NOT NULL
);

CREATE TABLE insp_calendar_day (
  day_date    DATE          NOT NULL PRIMARY KEY,
  cal_year    INT           NOT NULL,
  kind        VARCHAR(16)   NOT NULL,
  name        VARCHAR(100)  NOT NULL,
  CONSTRAINT fk_calendar_day_year FOREIGN KEY (cal_year) REFERENCES insp_calendar_year (cal_year)
);
CREATE INDEX idx_calendar_day_year ON insp_calendar_day (cal_year);
