-- Master data (基础信息): agencies, inspectors with their enforcement certificates, enterprises, inspection items.
-- Portable SQL for H2 and MySQL 8 / MariaDB 10.11 (databases are created utf8mb4, so names may hold 𠮷).

-- Agencies (行政执法机关) and the justice bureau (司法局)
CREATE TABLE insp_agency (
  code            VARCHAR(32)  NOT NULL PRIMARY KEY,
  name            VARCHAR(200) NOT NULL,
  agency_level    VARCHAR(16)  NOT NULL,
  justice_bureau  BOOLEAN      NOT NULL
);

-- Sections (科室) of an agency, in display order
CREATE TABLE insp_agency_section (
  agency_code  VARCHAR(32)  NOT NULL,
  sort_order   INT          NOT NULL,
  name         VARCHAR(100) NOT NULL,
  PRIMARY KEY (agency_code, sort_order),
  CONSTRAINT fk_section_agency FOREIGN KEY (agency_code) REFERENCES insp_agency (code)
);

-- Inspectors (执法人员) with their enforcement certificate (行政执法证件), if any
CREATE TABLE insp_inspector (
  id                      VARCHAR(32)  NOT NULL PRIMARY KEY,
  name                    VARCHAR(100) NOT NULL,
  agency_code             VARCHAR(32)  NOT NULL,
  user_id                 VARCHAR(64),
  phone                   VARCHAR(32),
  certificate_number      VARCHAR(32),
  certificate_valid_from  DATE,
  certificate_valid_to    DATE,
  certificate_revoked     BOOLEAN      NOT NULL,
  CONSTRAINT fk_inspector_agency FOREIGN KEY (agency_code) REFERENCES insp_agency (code)
);
CREATE UNIQUE INDEX uk_inspector_user ON insp_inspector (user_id);
CREATE INDEX idx_inspector_agency ON insp_inspector (agency_code);

-- Enterprises (检查对象) by unified social credit code (统一社会信用代码)
CREATE TABLE insp_enterprise (
  credit_code      VARCHAR(18)  NOT NULL PRIMARY KEY,
  name             VARCHAR(200) NOT NULL,
  address          VARCHAR(300),
  contact          VARCHAR(100),
  credit_tier      VARCHAR(1)   NOT NULL,
  white_listed     BOOLEAN      NOT NULL,
  key_supervision  BOOLEAN      NOT NULL
);
CREATE INDEX idx_enterprise_name ON insp_enterprise (name);

-- Inspection items (检查事项) of an agency
CREATE TABLE insp_inspection_item (
  code                 VARCHAR(32)   NOT NULL PRIMARY KEY,
  agency_code          VARCHAR(32)   NOT NULL,
  name                 VARCHAR(200)  NOT NULL,
  legal_basis          VARCHAR(1000),
  compliance_standard  VARCHAR(1000),
  off_site_checkable   BOOLEAN       NOT NULL,
  CONSTRAINT fk_item_agency FOREIGN KEY (agency_code) REFERENCES insp_agency (code)
);
CREATE INDEX idx_item_agency ON insp_inspection_item (agency_code);
