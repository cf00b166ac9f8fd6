-- Where the inspector's phone was at the scan-in (手机定位, R-IG-7): WGS 84 degrees and the accuracy radius in metres,
-- as the phone's browser reports them; all null when the phone gave no location (supervision lists those).
ALTER TABLE insp_scan_in ADD COLUMN latitude DOUBLE;
ALTER TABLE insp_scan_in ADD COLUMN longitude DOUBLE;
ALTER TABLE insp_scan_in ADD COLUMN location_accuracy DOUBLE;
