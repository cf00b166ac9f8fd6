-- R-TK-7 (YH 2(3)): enterprises on the serious-dishonesty list (严重失信主体名单) are exempt from Yunhe's quiet period.
ALTER TABLE insp_enterprise ADD COLUMN seriously_dishonest BOOLEAN DEFAULT FALSE NOT NULL;
