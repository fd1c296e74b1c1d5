-- a CBIC-wide export's rows of officers outside the zone's roster are counted per import (imports.outside_zone); an officer a newer full roster leaves out is kept as transferred out (officers.transferred_out_at, the zone left in transferred_from); each officer's standing facts say whether iGOT knows them (registered: the officer has an iGOT profile), filled for the facts already kept
ALTER TABLE imports ADD COLUMN outside_zone INTEGER NOT NULL DEFAULT 0;
ALTER TABLE officers ADD COLUMN transferred_out_at TEXT NULL;
ALTER TABLE officers ADD COLUMN transferred_from TEXT NULL;
ALTER TABLE officer_standings ADD COLUMN registered INTEGER NOT NULL DEFAULT 0;
UPDATE officer_standings SET registered = CASE WHEN EXISTS (SELECT 1 FROM igot_profiles p WHERE p.officer_id = officer_standings.officer_id) THEN 1 ELSE 0 END;
