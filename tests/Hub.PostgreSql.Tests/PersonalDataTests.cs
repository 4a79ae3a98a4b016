using Hub.Grains.Accounts;
using Hub.Grains.Audit;
using Hub.Grains.Organisations;
using Hub.Grains.Retention;
using Hub.Grains.Sessions;

namespace Hub.PostgreSql.Tests;

/// <summary>Export and erasure against the real store: what was erased is in no row afterwards.</summary>
public sealed class PersonalDataTests
{
    private static readonly SessionActor Moderator = TestModerator.Actor;

    [Fact]
    public async Task An_erased_account_leaves_its_name_and_address_in_no_row()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var silo = await SiloProcess.StartAsync(database);
        var grains = silo.Grains;
        var adminId = Guid.NewGuid();
        await grains.GetGrain<IAccountGrain>(adminId).Create(new NewAccount("ada.admin@example.se", "Ada Admin"));
        await grains.GetGrain<IAccountGrain>(adminId).BecomeFirstAdmin();
        var boId = Guid.NewGuid();
        var bo = grains.GetGrain<IAccountGrain>(boId);
        await bo.Create(new NewAccount("bo.bergstrom@example.se", "Bo Bergström", InvitedBy: adminId));
        await bo.SetRoles(adminId, new HashSet<HubRole> { HubRole.Moderator });
        var organisationId = Guid.NewGuid();
        await grains.GetGrain<IOrganisationGrain>(organisationId).Create(
            adminId, new OrganisationProfile("Openlab", OrganisationKind.University, "", null), boId);

        var export = await bo.Export(boId);
        Assert.Equal(("bo.bergstrom@example.se", "Bo Bergström"), (export.Account.Email, export.Account.DisplayName));
        Assert.Equal([HubRole.Moderator], export.Account.Roles);
        Assert.Equal(OrganisationRole.Admin, export.Account.Memberships[organisationId]);
        Assert.True(await RowsHoldingAsync(database, "bo.bergstrom@example.se", "orleansstorage", "payloadbinary") > 0);

        await bo.Erase(boId);

        Assert.Equal(0, await RowsHoldingAsync(database, "bo.bergstrom@example.se", "orleansstorage", "payloadbinary"));
        Assert.Equal(0, await RowsHoldingAsync(database, "Bo Bergström", "orleansstorage", "payloadbinary"));
        Assert.Null(await bo.Get());
        Assert.Null(await grains.GetGrain<IAccountDirectoryGrain>(0).FindByEmail("bo.bergstrom@example.se"));
        Assert.DoesNotContain(boId, (await grains.GetGrain<IOrganisationGrain>(organisationId).Get())!.Members.Keys);
        var audit = await grains.GetGrain<IAuditLogGrain>(AuditLog.MonthKey(DateTimeOffset.UtcNow)).List();
        Assert.Contains(audit, e => e.Action == AuditAction.AccountErased && e.SubjectId == boId);
    }

    [Fact]
    public async Task A_participant_who_erases_their_part_leaves_it_in_no_row()
    {
        await using var database = await TestDatabase.CreateAsync();
        var sessionId = Guid.NewGuid();
        Guid bo;
        await using (var silo = await SiloProcess.StartAsync(database))
        {
            var session = silo.Grains.GetGrain<ISessionGrain>(sessionId);
            await TestModerator.SignUpAsync(silo.Grains);
            await session.Open(new OpenSession("Idéjam", Guid.NewGuid(), "Skolvägar", "PGE234", "Openlab", SessionSettings.Default), Moderator);
            var alva = (await session.Join("Alva Lindqvist")).ParticipantId;
            bo = (await session.Join("Bo")).ParticipantId;
            await session.SetPhase(Moderator, SessionPhase.Ideate, null);
            var secret = await session.PostIdea(alva, "Alvas hemliga förslag");
            var shared = await session.PostIdea(alva, "Cykelbuss till skolan");
            await session.SetIdeaHidden(Moderator, secret.Id, hidden: true);
            await session.SetPhase(Moderator, SessionPhase.Vote, null);
            await session.CastVote(bo, shared.Id);
            Assert.Equal(["Alvas hemliga förslag", "Cykelbuss till skolan"], (await session.ExportParticipant(alva)).Ideas.Select(i => i.Text));

            Assert.True(await RowsHoldingAsync(database, "Alva Lindqvist", "hub_journal", "payload") > 0);

            await session.EraseParticipant(alva);

            foreach (var erased in new[] { "Alva Lindqvist", "Alvas hemliga förslag" })
            {
                Assert.Equal(0, await RowsHoldingAsync(database, erased, "orleansstorage", "payloadbinary"));
                Assert.Equal(0, await RowsHoldingAsync(database, erased, "hub_journal", "payload"));
            }
        }

        // What others built on is still there after a restart, without its author.
        await using var restarted = await SiloProcess.StartAsync(database);
        var snapshot = await restarted.Grains.GetGrain<ISessionGrain>(sessionId).GetSnapshot(SessionActor.Participant(bo));
        var kept = Assert.Single(snapshot.Ideas);
        Assert.Equal(("Cykelbuss till skolan", "", 1), (kept.Text, kept.AuthorName, kept.Votes));
    }

    [Fact]
    public async Task A_session_past_its_retention_age_leaves_no_row()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var silo = await SiloProcess.StartAsync(database);
        var sessionId = Guid.NewGuid();
        var session = silo.Grains.GetGrain<ISessionGrain>(sessionId);
        await TestModerator.SignUpAsync(silo.Grains);
        await session.Open(new OpenSession("Gammal idéjam", Guid.NewGuid(), "Skolvägar", "PGR234", "Openlab", SessionSettings.Default), Moderator);
        var info = (await session.GetInfo())!;
        await silo.Grains.GetGrain<ISessionDirectoryGrain>(0).Register(new SessionListing(sessionId, info.Title, info.ChallengeId, info.JoinCode, info.OpenedAt));
        var alva = (await session.Join("Alva Lindqvist")).ParticipantId;
        await session.SetPhase(Moderator, SessionPhase.Ideate, null);
        await session.PostIdea(alva, "Ett förslag från förra året");
        Assert.True(await RowsHoldingAsync(database, "Alva Lindqvist", "hub_journal", "payload") > 0);

        var report = await silo.Grains.GetGrain<IRetentionGrain>(0).Run(DateTimeOffset.UtcNow.AddDays(400));

        Assert.Equal(1, report.SessionsPurged);
        foreach (var (table, column) in new[] { ("hub_journal", "payload"), ("orleansstorage", "payloadbinary") })
        {
            Assert.Equal(0, await RowsHoldingAsync(database, "Alva Lindqvist", table, column));
            Assert.Equal(0, await RowsHoldingAsync(database, "Ett förslag från förra året", table, column));
        }
    }

    private static Task<long> RowsHoldingAsync(TestDatabase database, string text, string table, string column) =>
        database.ScalarAsync<long>(
            $"SELECT count(*) FROM {table} WHERE position(convert_to('{text.Replace("'", "''", StringComparison.Ordinal)}', 'UTF8') IN {column}) > 0");
}
