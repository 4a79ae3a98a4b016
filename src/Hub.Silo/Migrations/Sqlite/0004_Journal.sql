-- The grain journal (Hub.Silo.Journal): each commit of a journaled grain appends one row holding
-- the changes since the previous commit, in Orleans' binary format. The primary key makes a second
-- writer of the same version fail, which is how a stale activation finds out. Rows up to the
-- version a grain's snapshot (in OrleansStorage) covers are deleted after the snapshot is written.

CREATE TABLE hub_journal
(
    service_id TEXT    NOT NULL,
    grain_id   TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    payload    BLOB    NOT NULL,
    written_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),

    PRIMARY KEY (service_id, grain_id, version)
) WITHOUT ROWID;
