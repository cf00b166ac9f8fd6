-- R-PL-6 joint plans (联合检查): the partner agencies (联合检查单位) a plan version names, and the partners' items
-- that may be inspected jointly; each item keeps the agency that owns it. A plan without partners has no rows here.
CREATE TABLE insp_plan_partner (
  version_id    BIGINT       NOT NULL,
  partner_order INT          NOT NULL,
  agency_code   VARCHAR(32)  NOT NULL,
  agency_name   VARCHAR(200) NOT NULL,
  PRIMARY KEY (version_id, partner_order),
  CONSTRAINT fk_plan_partner_version FOREIGN KEY (version_id) REFERENCES insp_plan_version (id)
);

CREATE TABLE insp_plan_joint_item (
  version_id  BIGINT       NOT NULL,
  item_order  INT          NOT NULL,
  agency_code VARCHAR(32)  NOT NULL,
  item_code   VARCHAR(64)  NOT NULL,
  item_name   VARCHAR(200) NOT NULL,
  PRIMARY KEY (version_id, item_order),
  CONSTRAINT fk_plan_joint_item_version FOREIGN KEY (version_id) REFERENCES insp_plan_version (id)
);
