-- "Remind me in a week" on a nudge card: the officer's nudges for the cycle wait until the day kept here (that day's pass nudges them again)
CREATE TABLE nudge_snoozes (
    officer_id BIGINT NOT NULL REFERENCES officers (id) ON DELETE CASCADE,
    cycle_id TEXT NOT NULL,
    until_day TEXT NOT NULL,
    snoozed_at BIGINT NOT NULL,
    PRIMARY KEY (officer_id, cycle_id)
);
