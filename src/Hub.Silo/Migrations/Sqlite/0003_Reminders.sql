-- Orleans ADO.NET reminders (Microsoft.Orleans.Reminders.AdoNet 10.x), SQLite 3.35+.
--
-- Parameters: ServiceId, GrainId (GrainId.ToString(), "type/key"), ReminderName (TEXT),
-- StartTime (UTC DateTime, bound as sortable TEXT), Period (INTEGER milliseconds),
-- GrainHash (INTEGER, the grain uniform hash cast to a signed int), Version (INTEGER, the etag),
-- BeginHash/EndHash (INTEGER, signed ring range bounds).
-- Rows are read back as GrainId, ReminderName, StartTime, Period and Version.

CREATE TABLE OrleansRemindersTable
(
    ServiceId    TEXT    NOT NULL,
    GrainId      TEXT    NOT NULL,
    ReminderName TEXT    NOT NULL,
    StartTime    TEXT    NOT NULL,
    Period       INTEGER NOT NULL,
    GrainHash    INTEGER NOT NULL,
    Version      INTEGER NOT NULL,

    CONSTRAINT PK_OrleansRemindersTable PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

-- For the ring range reads.
CREATE INDEX IX_OrleansRemindersTable_ServiceId_GrainHash ON OrleansRemindersTable (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
(
    -- Inserts with version 1 or replaces the schedule and bumps the version. Returns the new
    -- version in one row.
    'UpsertReminderRowKey',
    '
    INSERT INTO OrleansRemindersTable
        (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
    VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 1)
    ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
    SET StartTime = excluded.StartTime,
        Period = excluded.Period,
        GrainHash = excluded.GrainHash,
        Version = Version + 1
    RETURNING Version;
    '
),
(
    'ReadReminderRowsKey',
    '
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId
      AND GrainId = @GrainId;
    '
),
(
    'ReadReminderRowKey',
    '
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId
      AND GrainId = @GrainId
      AND ReminderName = @ReminderName;
    '
),
(
    -- Used when BeginHash < EndHash (signed): the range (BeginHash, EndHash].
    'ReadRangeRows1Key',
    '
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId
      AND GrainHash > @BeginHash
      AND GrainHash <= @EndHash;
    '
),
(
    -- Used otherwise: the range wraps around the ring.
    'ReadRangeRows2Key',
    '
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId
      AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
    '
),
(
    -- Removes the reminder if its version still equals the etag. Returns one row: 1 if removed.
    'DeleteReminderRowKey',
    '
    DELETE FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId
      AND GrainId = @GrainId
      AND ReminderName = @ReminderName
      AND Version = @Version;
    SELECT changes() > 0 AS Deleted;
    '
),
(
    'DeleteReminderRowsKey',
    '
    DELETE FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId;
    '
);
