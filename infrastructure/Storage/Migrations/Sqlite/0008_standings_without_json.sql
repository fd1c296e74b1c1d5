-- officer_standings keep no rendered JSON: defaulter_json goes; each officer's name and designation (what a defaulter's entry shows, and already what forgets the facts) are kept instead, filled from the officers
ALTER TABLE officer_standings DROP COLUMN defaulter_json;
ALTER TABLE officer_standings ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE officer_standings ADD COLUMN designation TEXT NOT NULL DEFAULT '';
UPDATE officer_standings SET
    name = (SELECT o.name FROM officers o WHERE o.id = officer_standings.officer_id),
    designation = (SELECT o.designation FROM officers o WHERE o.id = officer_standings.officer_id);
