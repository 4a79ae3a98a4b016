-- Orleans ADO.NET grain persistence (Microsoft.Orleans.Persistence.AdoNet 10.x), SQLite 3.35+
-- (RETURNING and UPSERT).
--
-- The provider reads WriteToStorageKey, ReadFromStorageKey, ClearStorageKey and DeleteStorageKey
-- (the last one is used when DeleteStateOnClear is on). Every query receives the grain key as
--   GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash (INTEGER), GrainTypeString (TEXT),
--   GrainIdExtensionString (TEXT, NULL when the key has no string part), ServiceId (TEXT),
-- plus GrainStateVersion (INTEGER, the etag the grain holds, NULL when it has none) for write,
-- clear and delete, and PayloadBinary (BLOB, the serialized state) for write.
--
-- Versioning: Version is the etag. A write with a NULL etag inserts version 1; a write with an
-- etag updates only while the stored version equals it and returns the incremented version.
-- When the condition fails the query returns no row, which the provider reports as an
-- InconsistentStateException (etag conflict). Clear keeps the row with a NULL payload and a new
-- version; delete removes the row and returns the removed version + 1.
-- "a IS b" is the NULL-safe comparison used for the extension.
--
-- GrainTypeString is the state name, and the grain key does not include the grain type, so two
-- grain types with the same key and the same state name share a row: give each grain type its
-- own state name.

CREATE TABLE OrleansStorage
(
    Id                     INTEGER,
    ServiceId              TEXT    NOT NULL,
    GrainTypeHash          INTEGER NOT NULL,
    GrainTypeString        TEXT    NOT NULL,
    GrainIdHash            INTEGER NOT NULL,
    GrainIdN0              INTEGER NOT NULL,
    GrainIdN1              INTEGER NOT NULL,
    GrainIdExtensionString TEXT    NULL,
    PayloadBinary          BLOB    NULL,
    Version                INTEGER NOT NULL,
    ModifiedOn             TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT PK_OrleansStorage PRIMARY KEY (Id)
);

-- One row per grain state. SQLite unique indexes let NULLs repeat, so the extension is indexed
-- as (is it NULL, its value or empty): a NULL extension and an empty one stay different keys.
-- The hashes lead so that the same index serves the lookups.
CREATE UNIQUE INDEX UX_OrleansStorage_GrainState ON OrleansStorage
(
    GrainIdHash,
    GrainTypeHash,
    ServiceId,
    GrainIdN0,
    GrainIdN1,
    GrainTypeString,
    GrainIdExtensionString IS NULL,
    ifnull(GrainIdExtensionString, '')
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
      AND GrainIdExtensionString IS @GrainIdExtensionString;
    '
),
(
    -- Two statements, of which exactly one can act: insert when the grain holds no etag, update
    -- when it holds one. Each is atomic on its own. Returns NewGrainStateVersion, or no row on a
    -- conflict.
    'WriteToStorageKey',
    '
    INSERT INTO OrleansStorage
        (ServiceId, GrainTypeHash, GrainTypeString, GrainIdHash, GrainIdN0, GrainIdN1,
         GrainIdExtensionString, PayloadBinary, Version)
    SELECT @ServiceId, @GrainTypeHash, @GrainTypeString, @GrainIdHash, @GrainIdN0, @GrainIdN1,
           @GrainIdExtensionString, @PayloadBinary, 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING Version AS NewGrainStateVersion;
    UPDATE OrleansStorage
    SET PayloadBinary = @PayloadBinary,
        Version = Version + 1,
        ModifiedOn = CURRENT_TIMESTAMP
    WHERE @GrainStateVersion IS NOT NULL
      AND GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND ServiceId = @ServiceId
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS @GrainIdExtensionString
      AND Version = @GrainStateVersion
    RETURNING Version AS NewGrainStateVersion;
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
        ModifiedOn = CURRENT_TIMESTAMP
    WHERE GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND ServiceId = @ServiceId
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS @GrainIdExtensionString
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
      AND GrainIdExtensionString IS @GrainIdExtensionString
      AND Version = @GrainStateVersion
    RETURNING Version + 1 AS NewGrainStateVersion;
    '
);
