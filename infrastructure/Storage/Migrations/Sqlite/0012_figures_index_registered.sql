-- The figures' covering index carries the registered flag (migration 11 added it to the facts, and the summary's figures read it): without it each officer's row was looked up in the table (100,000 officers: the figures query 130 ms -> 25 ms)
DROP INDEX ix_officer_standings_figures;
CREATE INDEX ix_officer_standings_figures ON officer_standings
    (formation, role_id, employee_code, compliant, assessment_passed, designation_correct, overdue_from, registered, zone_key, formation_key);
