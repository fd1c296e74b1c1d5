-- officers.progress_summary: each officer's course progress in one field, kept by the iGOT import, for fast zone summaries
ALTER TABLE officers ADD COLUMN progress_summary TEXT NULL;
UPDATE officers SET progress_summary = (
    SELECT string_agg(r.course_id || ':' || CASE r.progress WHEN 'Completed' THEN 'c' ELSE 'i' || CAST(r.progress_percent AS TEXT) END, ',' ORDER BY r.course_id)
    FROM course_records r WHERE r.officer_id = officers.id AND r.progress <> 'NotStarted');
