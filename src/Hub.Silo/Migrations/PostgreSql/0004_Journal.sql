-- The grain journal (Hub.Silo.Journal): each commit of a journaled grain appends one row holding
-- the changes since the previous commit, in Orleans' binary format. The primary key makes a second
-- writer of the same version fail, which is how a stale activation finds out. Rows up to the
-- version a grain's snapshot (in OrleansStorage) covers are deleted after the snapshot is written.

CREATE TABLE hub_journal
(
    service_id varchar(150) NOT NULL,
    grain_id   text         NOT NULL,
    version    bigint       NOT NULL,
    payload    bytea        NOT NULL,
    written_at timestamptz  NOT NULL DEFAULT now(),

    CONSTRAINT pk_hub_journal PRIMARY KEY (service_id, grain_id, version)
);
