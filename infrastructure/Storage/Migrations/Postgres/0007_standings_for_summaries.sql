-- officer_standings carry what the summary reads without the officers table (employee code, zone and formation keys, formation, each defaulter's JSON rendered but for overdue) with indexes for the figures and the defaulters; a change of employee code, name, zone or formation key forgets the facts too; every fact is computed again
DROP TRIGGER tr_officers_forget_standing ON officers;
DROP TABLE officer_standings;
UPDATE standing_basis SET fingerprint = '' WHERE id = 1;
CREATE TABLE officer_standings (
    officer_id BIGINT NOT NULL PRIMARY KEY REFERENCES officers (id) ON DELETE CASCADE,
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
    defaulter_json BYTEA NULL
);
CREATE INDEX ix_officer_standings_figures ON officer_standings
    (formation, role_id, employee_code, compliant, assessment_passed, designation_correct, overdue_from, zone_key, formation_key);
CREATE INDEX ix_officer_standings_defaulters ON officer_standings (compliant, employee_code);
CREATE TRIGGER tr_officers_forget_standing AFTER UPDATE OF employee_code, name, designation, formation, formation_key, zone_key, wing, progress_summary ON officers
FOR EACH ROW WHEN (OLD.employee_code IS DISTINCT FROM NEW.employee_code OR OLD.name IS DISTINCT FROM NEW.name
    OR OLD.designation IS DISTINCT FROM NEW.designation OR OLD.formation IS DISTINCT FROM NEW.formation
    OR OLD.formation_key IS DISTINCT FROM NEW.formation_key OR OLD.zone_key IS DISTINCT FROM NEW.zone_key
    OR OLD.wing IS DISTINCT FROM NEW.wing OR OLD.progress_summary IS DISTINCT FROM NEW.progress_summary)
EXECUTE FUNCTION officers_forget_standing();
