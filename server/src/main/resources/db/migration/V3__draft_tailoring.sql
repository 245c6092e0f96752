-- A draft's tailoring (the tailoring file's JSON as the form last saved it: exclusions with their
-- reasons, and whatever else a tailoring the draft started from sets); NULL = the rubric as published.
ALTER TABLE drafts ADD COLUMN tailoring TEXT;
