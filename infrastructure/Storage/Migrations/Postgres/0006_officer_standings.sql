-- officer_standings: each officer's standing facts in the current plan (role, compliant, assessment, iGOT designation, pending courses, first overdue day), their basis (catalog, code, plan) and the plan's roles; a change of designation, formation, progress or iGOT profile forgets the officer's facts
CREATE TABLE officer_standings (
    officer_id BIGINT NOT NULL PRIMARY KEY REFERENCES officers (id) ON DELETE CASCADE,
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
CREATE FUNCTION officers_forget_standing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM officer_standings WHERE officer_id = NEW.id;
    RETURN NULL;
END;
$$;
CREATE FUNCTION igot_profiles_forget_standing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM officer_standings WHERE officer_id = OLD.officer_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        DELETE FROM officer_standings WHERE officer_id = NEW.officer_id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER tr_officers_forget_standing AFTER UPDATE OF designation, formation, wing, progress_summary ON officers
FOR EACH ROW WHEN (OLD.designation IS DISTINCT FROM NEW.designation OR OLD.formation IS DISTINCT FROM NEW.formation
    OR OLD.wing IS DISTINCT FROM NEW.wing OR OLD.progress_summary IS DISTINCT FROM NEW.progress_summary)
EXECUTE FUNCTION officers_forget_standing();
CREATE TRIGGER tr_igot_profiles_insert_forget_standing AFTER INSERT OR DELETE ON igot_profiles
FOR EACH ROW EXECUTE FUNCTION igot_profiles_forget_standing();
CREATE TRIGGER tr_igot_profiles_update_forget_standing AFTER UPDATE OF designation, officer_id ON igot_profiles
FOR EACH ROW WHEN (OLD.designation IS DISTINCT FROM NEW.designation OR OLD.officer_id IS DISTINCT FROM NEW.officer_id)
EXECUTE FUNCTION igot_profiles_forget_standing();
