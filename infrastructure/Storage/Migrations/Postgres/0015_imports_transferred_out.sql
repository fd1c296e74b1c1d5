-- a full roster's officers marked transferred out are counted in the import history (imports.transferred_out), as the rows of officers outside the zone are
ALTER TABLE imports ADD COLUMN transferred_out INTEGER NOT NULL DEFAULT 0;
