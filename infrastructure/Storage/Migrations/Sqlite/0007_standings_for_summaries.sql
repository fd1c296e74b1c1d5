-- officer_standings carry what the summary reads without the officers table (employee code, zone and formation keys, formation, each defaulter's JSON rendered but for overdue) with indexes for the figures and the defaulters; a change of employee code, name, zone or formation key forgets the facts too; every fact is computed again
DROP TRIGGER tr_officers_forget_standing;
DROP TABLE officer_standings;
UPDATE standing_basis SET fingerprint = '' WHERE id = 1;
CREATE TABLE officer_standings (
    officer_id INTEGER NOT NULL PRIMARY KEY REFERENCES officers (id) ON DELETE CASCADE,
    employee_code TEXT NOT NULL,
    zone_key TEXT NULL,
    formation_key TEXT NULL,
    formation TEXT NULL,
    role_id TEXT NULL,
    compliant INTEGER NOT NULL,
    assessment_passed INTEGER NOT NULL,
    designation_correct INTEGER NOT NULL,
    pending TEXT NOT NULL,
    pending_count INTEGER NOT NULL,
    overdue_from INTEGER NULL,
    defaulter_json BLOB NULL
);
CREATE INDEX ix_officer_standings_figures ON officer_standings
    (formation, role_id, employee_code, compliant, assessment_passed, designation_correct, overdue_from, zone_key, formation_key);
CREATE INDEX ix_officer_standings_defaulters ON officer_standings (compliant, employee_code);
CREATE TRIGGER tr_officers_forget_standing AFTER UPDATE OF employee_code, name, designation, formation, formation_key, zone_key, wing, progress_summary ON officers
WHEN OLD.employee_code IS NOT NEW.employee_code OR OLD.name IS NOT NEW.name OR OLD.designation IS NOT NEW.designation
    OR OLD.formation IS NOT NEW.formation OR OLD.formation_key IS NOT NEW.formation_key OR OLD.zone_key IS NOT NEW.zone_key
    OR OLD.wing IS NOT NEW.wing OR OLD.progress_summary IS NOT NEW.progress_summary
BEGIN
    DELETE FROM officer_standings WHERE officer_id = NEW.id;
END;
