-- the worker's outbox (one message per officer, kind and day), unreachable officers, escalations, summary snapshots
CREATE TABLE outbox_messages (
    id INTEGER PRIMARY KEY,
    officer_id INTEGER NOT NULL REFERENCES officers (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    day TEXT NOT NULL,
    run_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    state TEXT NOT NULL,
    subject TEXT NULL,
    payload TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    in_doubt INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_by TEXT NULL,
    lease_until INTEGER NULL,
    conversation_id TEXT NULL,
    resource_id TEXT NULL,
    error TEXT NULL,
    planned_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    sent_at INTEGER NULL,
    UNIQUE (officer_id, kind, day)
);
CREATE INDEX ix_outbox_messages_day_kind_state ON outbox_messages (day, kind, state);
CREATE TABLE officer_reachability (
    officer_id INTEGER NOT NULL PRIMARY KEY REFERENCES officers (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    error_code TEXT NULL,
    since INTEGER NOT NULL
);
CREATE TABLE nudge_escalations (
    officer_id INTEGER NOT NULL REFERENCES officers (id) ON DELETE CASCADE,
    cycle_id TEXT NOT NULL,
    escalated_on TEXT NOT NULL,
    nodal_officer_id INTEGER NULL,
    PRIMARY KEY (officer_id, cycle_id)
);
CREATE TABLE summary_snapshots (
    scope_key TEXT NOT NULL,
    day TEXT NOT NULL,
    cycle_id TEXT NOT NULL,
    officers INTEGER NOT NULL,
    compliant INTEGER NOT NULL,
    assessment_passed INTEGER NOT NULL,
    designation_correct INTEGER NOT NULL,
    overdue INTEGER NOT NULL,
    unknown_role INTEGER NOT NULL,
    taken_at INTEGER NOT NULL,
    PRIMARY KEY (scope_key, day)
);
