-- officers, course records, iGOT profiles, imports, conversation references
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    imported_at TEXT NOT NULL,
    file TEXT NOT NULL,
    kind TEXT NOT NULL,
    reported_at TEXT NULL,
    rows_read INTEGER NOT NULL,
    officers_matched INTEGER NOT NULL,
    officers_unmatched INTEGER NOT NULL,
    added INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    rejected INTEGER NOT NULL,
    other_courses INTEGER NOT NULL
);
CREATE TABLE officers (
    id INTEGER PRIMARY KEY,
    employee_code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    designation TEXT NOT NULL,
    formation TEXT NULL,
    formation_key TEXT NULL,
    zone TEXT NULL,
    zone_key TEXT NULL,
    wing TEXT NULL,
    email TEXT NULL,
    email_key TEXT NULL,
    mobile TEXT NULL,
    mobile_key TEXT NULL,
    product_role TEXT NOT NULL,
    aad_object_id TEXT NULL,
    teams_user_id TEXT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX ix_officers_email_key ON officers (email_key);
CREATE INDEX ix_officers_mobile_key ON officers (mobile_key);
CREATE INDEX ix_officers_aad_object_id ON officers (aad_object_id);
CREATE INDEX ix_officers_zone_key ON officers (zone_key);
CREATE INDEX ix_officers_formation_key ON officers (formation_key);
CREATE TABLE course_records (
    officer_id INTEGER NOT NULL REFERENCES officers (id) ON DELETE CASCADE,
    course_id TEXT NOT NULL,
    progress TEXT NOT NULL,
    progress_percent REAL NOT NULL,
    completed_on TEXT NULL,
    certificate_id TEXT NULL,
    source_file TEXT NOT NULL,
    reported_at TEXT NOT NULL,
    import_id INTEGER NULL REFERENCES imports (id),
    PRIMARY KEY (officer_id, course_id)
) WITHOUT ROWID;
CREATE TABLE igot_profiles (
    officer_id INTEGER NOT NULL PRIMARY KEY REFERENCES officers (id) ON DELETE CASCADE,
    designation TEXT NULL,
    grp TEXT NULL,
    profile_status TEXT NULL,
    reported_at TEXT NOT NULL,
    source_file TEXT NOT NULL,
    import_id INTEGER NULL REFERENCES imports (id)
);
CREATE TABLE conversation_references (
    officer_id INTEGER NOT NULL PRIMARY KEY REFERENCES officers (id) ON DELETE CASCADE,
    conversation_id TEXT NOT NULL,
    service_url TEXT NOT NULL,
    tenant_id TEXT NULL,
    user_id TEXT NOT NULL,
    bot_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
