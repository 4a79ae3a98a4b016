-- Hub schema, SQLite 3.35+ (Microsoft.Data.Sqlite): the named-query table and Orleans ADO.NET
-- clustering (Microsoft.Orleans.Clustering.AdoNet 10.x).
--
-- How the Orleans ADO.NET providers talk to the database:
--   * At start-up each provider runs "SELECT QueryKey, QueryText FROM OrleansQuery" and keeps the
--     texts by key; the clustering provider refuses to start if one of its nine required keys
--     is missing (CleanupDefunctSiloEntryKey is optional; Orleans 10.4 uses it when present).
--   * Each text runs as one command; Microsoft.Data.Sqlite runs its statements in order and the
--     provider reads the rows of every statement that returns any.
--   * Parameters are bound by name without a prefix and written here as @Name, which
--     Microsoft.Data.Sqlite binds. Strings bind as TEXT, ints and longs as INTEGER, byte[] as BLOB,
--     DateTime (UTC) as TEXT "yyyy-MM-dd HH:mm:ss.FFFFFFF", which sorts in time order.
--   * Result columns are read by name. Queries the provider reads as a boolean return exactly one
--     row with one column (0 or 1).
--
-- Membership protocol: one version row per cluster (DeploymentId = ClusterId). Inserting or
-- updating a silo row succeeds only while the version still equals @Version (the table version
-- the silo read), and then bumps the version. The bump is done by the two triggers below, so the
-- check, the row change and the bump happen in one statement, which SQLite runs atomically; the
-- queries need no explicit transaction (an open transaction must never leak into a pooled
-- connection). The heartbeat query changes IAmAliveTime only, which fires no trigger.
--
-- DbUp runs this whole file as one command; it would only split it at a line holding nothing but
-- a semicolon, so no such line may appear here. No statement in a migration may return rows:
-- after the first result set, Microsoft.Data.Sqlite runs the remaining statements while disposing
-- the reader and drops their errors. DbUp variable substitution replaces any dollar-sign delimited
-- word, so none may appear anywhere in this file.

CREATE TABLE OrleansQuery
(
    QueryKey  TEXT NOT NULL,
    QueryText TEXT NOT NULL,

    CONSTRAINT PK_OrleansQuery PRIMARY KEY (QueryKey)
);

-- One row per cluster. Version is the membership table etag.
CREATE TABLE OrleansMembershipVersionTable
(
    DeploymentId TEXT    NOT NULL,
    LastChanged  TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    Version      INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT PK_OrleansMembershipVersionTable PRIMARY KEY (DeploymentId)
);

-- One row per silo incarnation (address, port and generation).
CREATE TABLE OrleansMembershipTable
(
    DeploymentId TEXT    NOT NULL,
    Address      TEXT    NOT NULL,
    Port         INTEGER NOT NULL,
    Generation   INTEGER NOT NULL,
    SiloName     TEXT    NOT NULL,
    HostName     TEXT    NOT NULL,
    Status       INTEGER NOT NULL,
    ProxyPort    INTEGER NOT NULL DEFAULT 0,
    SuspectTimes TEXT    NULL,
    StartTime    TEXT    NOT NULL,
    IAmAliveTime TEXT    NOT NULL,

    CONSTRAINT PK_OrleansMembershipTable PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_OrleansMembershipTable_OrleansMembershipVersionTable
        FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

-- A silo row added: the membership table changed.
CREATE TRIGGER TR_OrleansMembershipTable_Inserted_BumpVersion
AFTER INSERT ON OrleansMembershipTable
BEGIN
    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1,
        LastChanged = CURRENT_TIMESTAMP
    WHERE DeploymentId = NEW.DeploymentId;
END;

-- A silo status or suspicion list written (even to the same value): the membership table changed.
CREATE TRIGGER TR_OrleansMembershipTable_Updated_BumpVersion
AFTER UPDATE OF Status, SuspectTimes ON OrleansMembershipTable
BEGIN
    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1,
        LastChanged = CURRENT_TIMESTAMP
    WHERE DeploymentId = NEW.DeploymentId;
END;

INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
(
    -- Creates the cluster version row unless it exists. Returns one row: 1 if it was created.
    'InsertMembershipVersionKey',
    '
    INSERT INTO OrleansMembershipVersionTable (DeploymentId)
    VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING;
    SELECT changes() > 0 AS Created;
    '
),
(
    -- Adds a silo row if the table version is still @Version and the row does not exist yet
    -- (the insert trigger bumps the version). Returns one row: 1 if the row was added.
    -- changes() counts the rows the previous statement itself inserted, not the trigger work.
    'InsertMembershipKey',
    '
    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    SELECT v.DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
    FROM OrleansMembershipVersionTable v
    WHERE v.DeploymentId = @DeploymentId
      AND v.Version = @Version
    ON CONFLICT DO NOTHING;
    SELECT changes() > 0 AS Inserted;
    '
),
(
    -- Changes a silo row if the table version is still @Version (the update trigger bumps the
    -- version). The entry may have been read before a later heartbeat, so IAmAliveTime never
    -- moves backwards here (max() of two texts in the same sortable format). Returns one row:
    -- 1 if the row was changed.
    'UpdateMembershipKey',
    '
    UPDATE OrleansMembershipTable
    SET Status = @Status,
        SuspectTimes = @SuspectTimes,
        IAmAliveTime = max(IAmAliveTime, @IAmAliveTime)
    WHERE DeploymentId = @DeploymentId
      AND Address = @Address
      AND Port = @Port
      AND Generation = @Generation
      AND EXISTS (
          SELECT 1 FROM OrleansMembershipVersionTable v
          WHERE v.DeploymentId = @DeploymentId
            AND v.Version = @Version);
    SELECT changes() > 0 AS Updated;
    '
),
(
    -- Heartbeat: touches IAmAliveTime only, so the table version stays as it is.
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
        v.DeploymentId AS DeploymentId,
        m.Address AS Address,
        m.Port AS Port,
        m.Generation AS Generation,
        m.SiloName AS SiloName,
        m.HostName AS HostName,
        m.Status AS Status,
        m.ProxyPort AS ProxyPort,
        m.SuspectTimes AS SuspectTimes,
        m.StartTime AS StartTime,
        m.IAmAliveTime AS IAmAliveTime,
        v.Version AS Version
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
        v.DeploymentId AS DeploymentId,
        m.Address AS Address,
        m.Port AS Port,
        m.Generation AS Generation,
        m.SiloName AS SiloName,
        m.HostName AS HostName,
        m.Status AS Status,
        m.ProxyPort AS ProxyPort,
        m.SuspectTimes AS SuspectTimes,
        m.StartTime AS StartTime,
        m.IAmAliveTime AS IAmAliveTime,
        v.Version AS Version
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
    -- (6 = SiloStatus.Dead) that neither started nor heartbeated since @IAmAliveTime (the cutoff;
    -- both sides are the same sortable text format). Fires no trigger.
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
      AND ifnull(SuspectTimes, '''') = ifnull(@SuspectTimes, '''');
    '
);
