-- officer_standings: each officer's standing facts in the current plan (role, compliant, assessment, iGOT designation, pending courses, first overdue day), their basis (catalog, code, plan) and the plan's roles; a change of designation, formation, progress or iGOT profile forgets the officer's facts
CREATE TABLE officer_standings (
    officer_id INTEGER NOT NULL PRIMARY KEY REFERENCES officers (id) ON DELETE CASCADE,
    role_id TEXT NULL,
    compliant INTEGER NOT NULL,
    assessment_passed INTEGER NOT NULL,
    designation_correct INTEGER NOT NULL,
    pending TEXT NOT NULL,
    pending_count INTEGER NOT NULL,
    overdue_from INTEGER NULL
);
CREATE TABLE standing_basis (
    id INTEGER NOT NULL PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    cycle_id TEXT NOT NULL,
    cycle_title TEXT NOT NULL,
    deadline INTEGER NOT NULL,
    current_from INTEGER NULL,
    current_until INTEGER NULL
);
INSERT INTO standing_basis (id, fingerprint, cycle_id, cycle_title, deadline) VALUES (1, '', '', '', 0);
CREATE TABLE standing_roles (
    position INTEGER NOT NULL PRIMARY KEY,
    role_id TEXT NOT NULL,
    name TEXT NOT NULL
);
CREATE TRIGGER tr_officers_forget_standing AFTER UPDATE OF designation, formation, wing, progress_summary ON officers
WHEN OLD.designation IS NOT NEW.designation OR OLD.formation IS NOT NEW.formation OR OLD.wing IS NOT NEW.wing OR OLD.progress_summary IS NOT NEW.progress_summary
BEGIN
    DELETE FROM officer_standings WHERE officer_id = NEW.id;
END;
CREATE TRIGGER tr_igot_profiles_insert_forget_standing AFTER INSERT ON igot_profiles
BEGIN
    DELETE FROM officer_standings WHERE officer_id = NEW.officer_id;
END;
CREATE TRIGGER tr_igot_profiles_update_forget_standing AFTER UPDATE OF designation, officer_id ON igot_profiles
WHEN OLD.designation IS NOT NEW.designation OR OLD.officer_id IS NOT NEW.officer_id
BEGIN
    DELETE FROM officer_standings WHERE officer_id IN (OLD.officer_id, NEW.officer_id);
END;
CREATE TRIGGER tr_igot_profiles_delete_forget_standing AFTER DELETE ON igot_profiles
BEGIN
    DELETE FROM officer_standings WHERE officer_id = OLD.officer_id;
END;
