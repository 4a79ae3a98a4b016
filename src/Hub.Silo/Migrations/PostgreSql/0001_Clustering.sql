-- Hub schema, PostgreSQL 15+: the named-query table and Orleans ADO.NET clustering
-- (Microsoft.Orleans.Clustering.AdoNet 10.x).
--
-- How the Orleans ADO.NET providers talk to the database:
--   * At start-up each provider runs "SELECT QueryKey, QueryText FROM OrleansQuery" and keeps the
--     texts by key; the clustering provider refuses to start if one of its nine required keys
--     is missing (CleanupDefunctSiloEntryKey is optional; Orleans 10.4 uses it when present).
--   * Each text runs as one command. Parameters are bound by name without a prefix
--     (DeploymentId, Address, ...) and written here as @Name, which Npgsql binds. Values are typed:
--     strings are text, ints int4, longs int8, DateTime (always UTC) timestamptz, byte[] bytea.
--   * Result columns are read by name (Npgsql matches names case-insensitively, so the unquoted,
--     lower-cased identifiers PostgreSQL returns are fine).
--   * Queries the provider reads as a boolean return exactly one row with one column.
--
-- Membership protocol: one version row per cluster (DeploymentId = ClusterId). Inserting or
-- updating a silo row is a compare-and-swap on that version: it succeeds only while the version
-- still equals @Version (the table version the silo read), and it bumps the version in the same
-- statement. Each of these writes is one SQL statement, so it commits or fails as a whole; the
-- heartbeat and the cleanups leave the version alone.
--
-- DbUp splits this script into statements at top-level semicolons (it skips quoted strings,
-- comments and dollar-quoted bodies). DbUp variable substitution replaces any dollar-sign
-- delimited word, so none may appear anywhere in this file.

CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64) NOT NULL,
    QueryText text        NOT NULL,

    CONSTRAINT PK_OrleansQuery PRIMARY KEY (QueryKey)
);

-- One row per cluster. Version is the membership table etag.
CREATE TABLE OrleansMembershipVersionTable
(
    DeploymentId varchar(150) NOT NULL,
    LastChanged  timestamptz  NOT NULL DEFAULT now(),
    Version      integer      NOT NULL DEFAULT 0,

    CONSTRAINT PK_OrleansMembershipVersionTable PRIMARY KEY (DeploymentId)
);

-- One row per silo incarnation (address, port and generation).
CREATE TABLE OrleansMembershipTable
(
    DeploymentId varchar(150) NOT NULL,
    Address      varchar(45)  NOT NULL,
    Port         integer      NOT NULL,
    Generation   integer      NOT NULL,
    SiloName     text         NOT NULL,
    HostName     text         NOT NULL,
    Status       integer      NOT NULL,
    ProxyPort    integer      NOT NULL DEFAULT 0,
    SuspectTimes text         NULL,
    StartTime    timestamptz  NOT NULL,
    IAmAliveTime timestamptz  NOT NULL,

    CONSTRAINT PK_OrleansMembershipTable PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_OrleansMembershipTable_OrleansMembershipVersionTable
        FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
(
    -- Creates the cluster version row unless it exists. Returns one row: true if it was created.
    'InsertMembershipVersionKey',
    '
    WITH created AS (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId)
        VALUES (@DeploymentId)
        ON CONFLICT (DeploymentId) DO NOTHING
        RETURNING 1
    )
    SELECT count(*) > 0 AS Created FROM created;
    '
),
(
    -- Adds a silo row if the table version is still @Version and the row does not exist yet;
    -- bumps the version in the same statement. Returns one row: true if the row was added.
    'InsertMembershipKey',
    '
    WITH bumped AS (
        UPDATE OrleansMembershipVersionTable v
        SET Version = v.Version + 1,
            LastChanged = now()
        WHERE v.DeploymentId = @DeploymentId
          AND v.Version = @Version
          AND NOT EXISTS (
              SELECT 1 FROM OrleansMembershipTable m
              WHERE m.DeploymentId = @DeploymentId
                AND m.Address = @Address
                AND m.Port = @Port
                AND m.Generation = @Generation)
        RETURNING v.DeploymentId
    ),
    added AS (
        INSERT INTO OrleansMembershipTable
            (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
        SELECT b.DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
        FROM bumped b
        ON CONFLICT DO NOTHING
        RETURNING 1
    )
    SELECT count(*) > 0 AS Inserted FROM added;
    '
),
(
    -- Changes a silo row if the table version is still @Version; bumps the version in the same
    -- statement. The entry may have been read before a later heartbeat, so IAmAliveTime never
    -- moves backwards here. Returns one row: true if the row was changed.
    'UpdateMembershipKey',
    '
    WITH bumped AS (
        UPDATE OrleansMembershipVersionTable v
        SET Version = v.Version + 1,
            LastChanged = now()
        WHERE v.DeploymentId = @DeploymentId
          AND v.Version = @Version
          AND EXISTS (
              SELECT 1 FROM OrleansMembershipTable m
              WHERE m.DeploymentId = @DeploymentId
                AND m.Address = @Address
                AND m.Port = @Port
                AND m.Generation = @Generation)
        RETURNING v.DeploymentId
    ),
    changed AS (
        UPDATE OrleansMembershipTable m
        SET Status = @Status,
            SuspectTimes = @SuspectTimes,
            IAmAliveTime = GREATEST(m.IAmAliveTime, @IAmAliveTime)
        FROM bumped b
        WHERE m.DeploymentId = b.DeploymentId
          AND m.Address = @Address
          AND m.Port = @Port
          AND m.Generation = @Generation
        RETURNING 1
    )
    SELECT count(*) > 0 AS Updated FROM changed;
    '
),
(
    -- Heartbeat: touches IAmAliveTime only and leaves the table version alone.
    'UpdateIAmAlivetimeKey',
    '
    UPDATE OrleansMembershipTable
    SET IAmAliveTime = @IAmAliveTime
    WHERE DeploymentId = @DeploymentId
      AND Address = @Address
      AND Port = @Port
      AND Generation = @Generation;
    '
),
(
    -- Always returns at least the version row (the left join keeps it when no silo matches);
    -- silo columns are NULL then.
    'MembershipReadRowKey',
    '
    SELECT
        v.DeploymentId,
        m.Address,
        m.Port,
        m.Generation,
        m.SiloName,
        m.HostName,
        m.Status,
        m.ProxyPort,
        m.SuspectTimes,
        m.StartTime,
        m.IAmAliveTime,
        v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m
        ON m.DeploymentId = v.DeploymentId
       AND m.Address = @Address
       AND m.Port = @Port
       AND m.Generation = @Generation
    WHERE v.DeploymentId = @DeploymentId;
    '
),
(
    'MembershipReadAllKey',
    '
    SELECT
        v.DeploymentId,
        m.Address,
        m.Port,
        m.Generation,
        m.SiloName,
        m.HostName,
        m.Status,
        m.ProxyPort,
        m.SuspectTimes,
        m.StartTime,
        m.IAmAliveTime,
        v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m
        ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = @DeploymentId;
    '
),
(
    -- Gateways of active silos; @Status is bound to SiloStatus.Active (3).
    'GatewaysQueryKey',
    '
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId
      AND Status = @Status
      AND ProxyPort > 0;
    '
),
(
    -- Removes a whole cluster: its silo rows, then its version row.
    'DeleteMembershipTableEntriesKey',
    '
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId;
    DELETE FROM OrleansMembershipVersionTable
    WHERE DeploymentId = @DeploymentId;
    '
),
(
    -- Fallback cleanup, used only when CleanupDefunctSiloEntryKey is absent: removes dead silos
    -- (6 = SiloStatus.Dead) that neither started nor heartbeated since @IAmAliveTime (the cutoff).
    -- Never touches the version row.
    'CleanupDefunctSiloEntriesKey',
    '
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId
      AND Status = 6
      AND StartTime < @IAmAliveTime
      AND IAmAliveTime < @IAmAliveTime;
    '
),
(
    -- Optional key that Orleans 10.4 prefers when present: the provider reads all rows, picks the
    -- dead ones older than the cutoff in .NET and removes each one with the values it read, so a
    -- row changed in the meantime stays. A NULL and an empty suspect list count as the same.
    'CleanupDefunctSiloEntryKey',
    '
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId
      AND Address = @Address
      AND Port = @Port
      AND Generation = @Generation
      AND Status = 6
      AND StartTime = @StartTime
      AND IAmAliveTime = @IAmAliveTime
      AND coalesce(SuspectTimes, '''') = coalesce(@SuspectTimes, '''');
    '
);
