-- Issue 13 point 5 (docs/adr/0027-events-over-callbacks-and-deadline-sources.md): the deadline read model stores no
-- name. A worklist page reads the names of the persons on it from the dossier (one lookup by primary key per page),
-- so a copy of a person's name no longer lives in the read model, its backups and its inzage export.
alter table termijn drop column naam;
