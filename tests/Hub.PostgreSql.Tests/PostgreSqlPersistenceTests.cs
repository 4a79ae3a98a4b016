using Hub.Grains.Sessions;
using Hub.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Hub.PostgreSql.Tests;

public sealed class PostgreSqlPersistenceTests
{
    private static readonly SessionActor Moderator = TestModerator.Actor;

    [Fact]
    public async Task A_session_survives_a_full_restart_of_the_silo()
    {
        await using var database = await TestDatabase.CreateAsync();
        var sessionId = Guid.NewGuid();
        Guid alva;
        IdeaView idea;

        await using (var silo = await SiloProcess.StartAsync(database))
        {
            var session = silo.Grains.GetGrain<ISessionGrain>(sessionId);
            await TestModerator.SignUpAsync(silo.Grains);
            await session.Open(new OpenSession("Idéjam", Guid.NewGuid(), "Skolvägar", "PGT234", "Openlab", SessionSettings.Default), Moderator);
            alva = (await session.Join("Alva")).ParticipantId;
            await session.SetPhase(Moderator, SessionPhase.Ideate, null);
            idea = await session.PostIdea(alva, "Cykelbuss");
            await session.SetPhase(Moderator, SessionPhase.Vote, 300);
            await session.CastVote(alva, idea.Id);
        }

        await using var restarted = await SiloProcess.StartAsync(database);
        var snapshot = await restarted.Grains.GetGrain<ISessionGrain>(sessionId).GetSnapshot(SessionActor.Participant(alva));

        Assert.Equal(SessionPhase.Vote, snapshot.Phase);
        Assert.NotNull(snapshot.TimerEndsAt);
        var saved = Assert.Single(snapshot.Ideas);
        Assert.Equal(("Cykelbuss", "Alva", 1), (saved.Text, saved.AuthorName, saved.Votes));
        Assert.Equal(SessionSettings.Default.VoteBudget - 1, snapshot.You!.VotesLeft);
    }

    [Fact]
    public async Task Concurrent_writes_to_one_session_are_all_saved()
    {
        await using var database = await TestDatabase.CreateAsync();
        var sessionId = Guid.NewGuid();

        await using (var silo = await SiloProcess.StartAsync(database))
        {
            var session = silo.Grains.GetGrain<ISessionGrain>(sessionId);
            await TestModerator.SignUpAsync(silo.Grains);
            await session.Open(new OpenSession("Idéjam", Guid.NewGuid(), "Skolvägar", "PGT235", "Openlab", SessionSettings.Default), Moderator);
            var participants = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => session.Join($"Deltagare {i}")));
            await session.SetPhase(Moderator, SessionPhase.Ideate, null);
            await Task.WhenAll(participants.SelectMany(p => Enumerable.Range(0, 10).Select(i => session.PostIdea(p.ParticipantId, $"{p.DisplayName}: idé {i}"))));
        }

        await using var restarted = await SiloProcess.StartAsync(database);
        var snapshot = await restarted.Grains.GetGrain<ISessionGrain>(sessionId).GetSnapshot(Moderator);
        Assert.Equal(200, snapshot.Ideas.Select(i => i.Text).Distinct().Count());
    }

    [Fact]
    public async Task A_snapshot_taken_while_ideas_are_being_saved_and_the_events_after_it_add_up_to_the_session()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var silo = await SiloProcess.StartAsync(database);
        var session = silo.Grains.GetGrain<ISessionGrain>(Guid.NewGuid());
        await TestModerator.SignUpAsync(silo.Grains);
        await session.Open(new OpenSession("Idéjam", Guid.NewGuid(), "Skolvägar", "PGT236", "Openlab", SessionSettings.Default), Moderator);
        var alva = (await session.Join("Alva")).ParticipantId;
        await session.SetPhase(Moderator, SessionPhase.Ideate, null);

        // Snapshots race the saves. A client applies the events after a snapshot's Seq on top of
        // it, so each must hold exactly what was published by then: no idea twice, none missing.
        List<Task<IdeaView>> posts = [];
        List<Task<SessionSnapshot>> snapshots = [];
        for (var i = 1; i <= 300; i++)
        {
            posts.Add(session.PostIdea(alva, $"Idé {i}"));
            if (i % 10 == 0)
            {
                snapshots.Add(session.GetSnapshot(Moderator));
            }
        }

        await Task.WhenAll(posts);
        var all = (await session.GetSnapshot(Moderator)).Ideas.Select(i => i.Id).ToHashSet();
        foreach (var snapshot in await Task.WhenAll(snapshots))
        {
            var after = (await session.CatchUp(Moderator, snapshot.Epoch, snapshot.Seq)).Events!.Events.OfType<IdeaPosted>().Select(e => e.Idea.Id).ToArray();
            var shown = snapshot.Ideas.Select(i => i.Id).ToArray();
            Assert.Empty(shown.Intersect(after));
            Assert.True(all.SetEquals(shown.Concat(after)));
        }
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var silo = await SiloProcess.StartAsync(database);
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Hub);
        var grainId = GrainId.Create("probe", Guid.NewGuid().ToString("N"));

        var first = new GrainState<SessionState>(new SessionState { NextOrdinal = 1 });
        await storage.WriteStateAsync("probe", grainId, first);
        var stale = new GrainState<SessionState>(new SessionState { NextOrdinal = 2 }) { ETag = first.ETag, RecordExists = true };
        await storage.WriteStateAsync("probe", grainId, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("probe", grainId, stale));
        var read = new GrainState<SessionState>(new SessionState());
        await storage.ReadStateAsync("probe", grainId, read);
        Assert.Equal(1, read.State!.NextOrdinal);
        Assert.Equal(first.ETag, read.ETag);
    }

    [Fact]
    public async Task A_second_writer_of_a_session_journal_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var silo = await SiloProcess.StartAsync(database);
        var journal = silo.Services.GetRequiredService<IGrainJournal>();
        var grainId = GrainId.Create("session", Guid.NewGuid().ToString("N"));

        await journal.AppendAsync(grainId, 1, new byte[] { 1 });
        await journal.AppendAsync(grainId, 2, new byte[] { 2 });
        await Assert.ThrowsAsync<JournalConflictException>(() => journal.AppendAsync(grainId, 2, new byte[] { 9 }));

        // A snapshot covers both; a stale writer that missed them is still refused, though entry 1 is gone.
        await journal.TruncateAsync(grainId, 2);
        await Assert.ThrowsAsync<JournalConflictException>(() => journal.AppendAsync(grainId, 1, new byte[] { 9 }));
        await journal.AppendAsync(grainId, 3, new byte[] { 3 });

        var entry = Assert.Single(await journal.ReadAsync(grainId, 2));
        Assert.Equal(3, entry.Version);
        Assert.Equal([3], entry.Payload.ToArray());
    }

    [Fact]
    public async Task Migrations_apply_once_and_can_run_again()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (await SiloProcess.StartAsync(database))
        {
        }

        await using var again = await SiloProcess.StartAsync(database);
        Assert.Equal(typeof(Hub.Silo.Migrations.HubMigrator).Assembly.GetManifestResourceNames().Count(name => name.Contains(".Migrations.PostgreSql.", StringComparison.Ordinal)), await database.ScalarAsync<long>("SELECT count(*) FROM schemaversions"));
        Assert.True(await database.ScalarAsync<long>("SELECT count(*) FROM orleansquery") >= 20);
    }
}
