-- officers keep their reporting officer's employee code (the roster's Reporting Officer column), as written and as matched (trimmed, upper case), so a reporting officer's team is found by index
ALTER TABLE officers ADD COLUMN reports_to TEXT NULL,
    ADD COLUMN reports_to_key TEXT NULL;
CREATE INDEX ix_officers_reports_to_key ON officers (reports_to_key);
