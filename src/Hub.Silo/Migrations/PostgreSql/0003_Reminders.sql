-- Orleans ADO.NET reminders (Microsoft.Orleans.Reminders.AdoNet 10.x), PostgreSQL 15+.
--
-- Parameters: ServiceId text, GrainId text (GrainId.ToString(), "type/key"), ReminderName text,
-- StartTime timestamptz (UTC), Period int4 or int8 (milliseconds; int8 only when it does not fit
-- in int4), GrainHash int4 (the grain uniform hash cast to a signed int), Version int4 (the etag),
-- BeginHash/EndHash int4 (ring range bounds, signed).
-- Rows are read back as GrainId, ReminderName, StartTime, Period (read as int8) and Version.

CREATE TABLE OrleansRemindersTable
(
    ServiceId    varchar(150) NOT NULL,
    GrainId      text         NOT NULL,
    ReminderName text         NOT NULL,
    StartTime    timestamptz  NOT NULL,
    Period       bigint       NOT NULL,
    GrainHash    integer      NOT NULL,
    Version      integer      NOT NULL,

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
    INSERT INTO OrleansRemindersTable AS r
        (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
    VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 1)
    ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
    SET StartTime = EXCLUDED.StartTime,
        Period = EXCLUDED.Period,
        GrainHash = EXCLUDED.GrainHash,
        Version = r.Version + 1
    RETURNING r.Version AS Version;
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
    -- Removes the reminder if its version still equals the etag. Returns one row: true if removed.
    'DeleteReminderRowKey',
    '
    WITH removed AS (
        DELETE FROM OrleansRemindersTable
        WHERE ServiceId = @ServiceId
          AND GrainId = @GrainId
          AND ReminderName = @ReminderName
          AND Version = @Version
        RETURNING 1
    )
    SELECT count(*) > 0 AS Deleted FROM removed;
    '
),
(
    'DeleteReminderRowsKey',
    '
    DELETE FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId;
    '
);
