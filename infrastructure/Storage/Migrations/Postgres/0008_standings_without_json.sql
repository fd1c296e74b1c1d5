-- officer_standings keep no rendered JSON: defaulter_json goes; each officer's name and designation (what a defaulter's entry shows, and already what forgets the facts) are kept instead, filled from the officers
ALTER TABLE officer_standings DROP COLUMN defaulter_json,
    ADD COLUMN name TEXT NOT NULL DEFAULT '',
    ADD COLUMN designation TEXT NOT NULL DEFAULT '';
UPDATE officer_standings s SET name = o.name, designation = o.designation FROM officers o WHERE o.id = s.officer_id;
