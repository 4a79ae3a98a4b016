using Hub.Grains.Sessions;
using Hub.Grains.Storage;
using Hub.Silo.Hosting;
using Hub.Silo.Journal;
using Hub.Silo.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;

namespace Hub.Grains.Tests;

/// <summary>The journaled store without a cluster: a real SQLite journal, snapshots in memory.</summary>
public sealed class JournaledStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hub-store-").FullName;
    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();
    private readonly SnapshotsInMemory _snapshots = new();
    private readonly SqliteGrainJournal _journal;
    private readonly GrainId _grainId = GrainId.Create("session", Guid.NewGuid().ToString("N"));
    private int _deactivations;

    public JournaledStoreTests()
    {
        var database = new HubDatabase(StorageProvider.Sqlite, $"Data Source={Path.Combine(_directory, "hub.db")}");
        HubMigrator.Migrate(database, NullLogger.Instance);
        _journal = new SqliteGrainJournal(database, Options.Create(new ClusterOptions { ServiceId = "store-tests" }));
    }

    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<JournaledStore<SessionState, SessionChange>> ActivateAsync()
    {
        var store = new JournaledStore<SessionState, SessionChange>(
            _snapshots.Load<SessionState>("session", _grainId), _snapshots, "session", _journal,
            _services.GetRequiredService<Serializer<SessionChange[]>>(), _services.GetRequiredService<DeepCopier<SessionState>>(),
            _grainId, NullLogger.Instance, () => _deactivations++);
        await store.ReplayAsync(CancellationToken.None);
        return store;
    }

    private static SessionChange.Opened Opened() =>
        new(new SessionInfo("Idéjam", Guid.NewGuid(), "", "ABC234", "", DateTimeOffset.UnixEpoch), SessionSettings.Default);

    [Fact]
    public async Task A_new_activation_replays_what_was_committed_and_only_that()
    {
        var store = await ActivateAsync();
        store.Record(Opened());
        store.Record(new SessionChange.ParticipantJoined(Guid.NewGuid(), "Alva", DateTimeOffset.UnixEpoch));
        await store.CommitAsync();
        store.Record(new SessionChange.ParticipantJoined(Guid.NewGuid(), "Bo", DateTimeOffset.UnixEpoch));
        Assert.Single(store.Published.Participants);

        var again = await ActivateAsync();

        Assert.Equal(["Alva"], again.State.Participants.Values.Select(p => p.DisplayName));
        Assert.Equal(["Alva"], again.Published.Participants.Values.Select(p => p.DisplayName));
        Assert.Single(await _journal.ReadAsync(_grainId, 0));
        Assert.Equal(0, _snapshots.Writes);
    }

    [Fact]
    public async Task A_snapshot_is_written_when_the_changes_since_outgrow_the_state_and_the_journal_is_trimmed_behind_it()
    {
        var store = await ActivateAsync();
        store.Record(Opened());
        await store.CommitAsync();
        for (var i = 0; i < 498; i++)
        {
            store.Record(new SessionChange.ParticipantJoined(Guid.NewGuid(), $"Deltagare {i}", DateTimeOffset.UnixEpoch));
        }

        await store.CommitAsync();
        await store.DrainAsync();
        Assert.Equal(0, _snapshots.Writes);

        store.Record(new SessionChange.ParticipantJoined(Guid.NewGuid(), "Den femhundrade", DateTimeOffset.UnixEpoch));
        await store.CommitAsync();
        await store.DrainAsync();

        Assert.Equal(1, _snapshots.Writes);
        Assert.Equal(3, _snapshots.Stored<SessionState>("session", _grainId)!.JournalVersion);
        Assert.Equal([3L], (await _journal.ReadAsync(_grainId, 0)).Select(e => e.Version));
        Assert.Equal(499, (await ActivateAsync()).State.Participants.Count);
    }

    [Fact]
    public async Task After_another_activation_wrote_the_store_refuses_every_write_and_asks_to_reload()
    {
        var stale = await ActivateAsync();
        var current = await ActivateAsync();
        current.Record(Opened());
        await current.CommitAsync();

        stale.Record(Opened());
        var refused = await Assert.ThrowsAsync<RuleException>(stale.CommitAsync);

        Assert.Equal(ErrorCodes.StorageUnavailable, refused.Code);
        Assert.True(stale.StorageFailed);
        Assert.Equal(1, _deactivations);
        Assert.Null(stale.Published.Info);
        stale.Record(new SessionChange.ParticipantJoined(Guid.NewGuid(), "Alva", DateTimeOffset.UnixEpoch));
        Assert.Equal(ErrorCodes.StorageUnavailable, (await Assert.ThrowsAsync<RuleException>(stale.CommitAsync)).Code);
        Assert.Single(await _journal.ReadAsync(_grainId, 0));
    }
}
