-- Orleans ADO.NET grain persistence (Microsoft.Orleans.Persistence.AdoNet 10.x), PostgreSQL 15+.
--
-- The provider reads WriteToStorageKey, ReadFromStorageKey, ClearStorageKey and DeleteStorageKey
-- (the last one is used when DeleteStateOnClear is on). Every query receives the grain key as
--   GrainIdHash int4, GrainIdN0 int8, GrainIdN1 int8, GrainTypeHash int4,
--   GrainTypeString text, GrainIdExtensionString text (NULL when the key has no string part),
--   ServiceId text,
-- plus GrainStateVersion int4 (the etag the grain holds, NULL when it has none) for write, clear
-- and delete, and PayloadBinary bytea (the serialized state) for write.
--
-- Versioning: Version is the etag. A write with a NULL etag inserts version 1; a write with an
-- etag updates only while the stored version equals it and returns the incremented version.
-- When the condition fails the query returns no row, which the provider reports as an
-- InconsistentStateException (etag conflict). Clear keeps the row with a NULL payload and a new
-- version; delete removes the row and returns the removed version + 1.
--
-- GrainTypeString is the state name, and the grain key does not include the grain type, so two
-- grain types with the same key and the same state name share a row: give each grain type its
-- own state name.

CREATE TABLE OrleansStorage
(
    Id                     bigint GENERATED ALWAYS AS IDENTITY,
    ServiceId              varchar(150) NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        text         NOT NULL,
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainIdExtensionString text         NULL,
    PayloadBinary          bytea        NULL,
    Version                integer      NOT NULL,
    ModifiedOn             timestamptz  NOT NULL DEFAULT now(),

    CONSTRAINT PK_OrleansStorage PRIMARY KEY (Id),
    -- One row per grain state. A NULL extension is a value of its own here (NULLS NOT DISTINCT,
    -- PostgreSQL 15). The hashes lead so that the same index serves the lookups.
    CONSTRAINT UQ_OrleansStorage_GrainState UNIQUE NULLS NOT DISTINCT
        (GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1, GrainTypeString, GrainIdExtensionString)
);

INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
(
    'ReadFromStorageKey',
    '
    SELECT PayloadBinary, Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND ServiceId = @ServiceId
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString;
    '
),
(
    -- Exactly one branch applies: update when the grain holds an etag, insert when it holds none.
    -- Returns NewGrainStateVersion, or no row on a conflict.
    'WriteToStorageKey',
    '
    WITH updated AS (
        UPDATE OrleansStorage
        SET PayloadBinary = @PayloadBinary,
            Version = Version + 1,
            ModifiedOn = now()
        WHERE @GrainStateVersion IS NOT NULL
          AND GrainIdHash = @GrainIdHash
          AND GrainTypeHash = @GrainTypeHash
          AND ServiceId = @ServiceId
          AND GrainIdN0 = @GrainIdN0
          AND GrainIdN1 = @GrainIdN1
          AND GrainTypeString = @GrainTypeString
          AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
          AND Version = @GrainStateVersion
        RETURNING Version
    ),
    inserted AS (
        INSERT INTO OrleansStorage
            (ServiceId, GrainTypeHash, GrainTypeString, GrainIdHash, GrainIdN0, GrainIdN1,
             GrainIdExtensionString, PayloadBinary, Version)
        SELECT @ServiceId, @GrainTypeHash, @GrainTypeString, @GrainIdHash, @GrainIdN0, @GrainIdN1,
               @GrainIdExtensionString, @PayloadBinary, 1
        WHERE @GrainStateVersion IS NULL
        ON CONFLICT DO NOTHING
        RETURNING Version
    )
    SELECT Version AS NewGrainStateVersion FROM updated
    UNION ALL
    SELECT Version FROM inserted;
    '
),
(
    -- Keeps the row with no payload and a new version. Returns NewGrainStateVersion, or no row on
    -- a conflict.
    'ClearStorageKey',
    '
    UPDATE OrleansStorage
    SET PayloadBinary = NULL,
        Version = Version + 1,
        ModifiedOn = now()
    WHERE GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND ServiceId = @ServiceId
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND Version = @GrainStateVersion
    RETURNING Version AS NewGrainStateVersion;
    '
),
(
    -- Removes the row. Returns the removed version + 1 (so that it differs from the etag), or no
    -- row on a conflict.
    'DeleteStorageKey',
    '
    DELETE FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND ServiceId = @ServiceId
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND Version = @GrainStateVersion
    RETURNING Version + 1 AS NewGrainStateVersion;
    '
);
