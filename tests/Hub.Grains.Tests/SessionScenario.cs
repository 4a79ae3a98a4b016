using Hub.Grains.Accounts;
using Hub.Grains.Sessions;

namespace Hub.Grains.Tests;

/// <summary>A fresh open session with helpers to join and steer it, as a moderator would.</summary>
public sealed class SessionScenario(IGrainFactory grains, Guid moderatorId)
{
    /// <summary>Mona, an account with the moderator role: the session asks her account, not the caller.</summary>
    public Guid ModeratorId { get; } = moderatorId;

    public SessionActor Moderator { get; } = SessionActor.Moderator(moderatorId.ToString());

    public Guid SessionId { get; } = Guid.NewGuid();

    public ISessionGrain Session => grains.GetGrain<ISessionGrain>(SessionId);

    public static async Task<SessionScenario> OpenAsync(IGrainFactory grains, SessionSettings? settings = null, bool anonymous = false)
    {
        var scenario = new SessionScenario(grains, await AccountTests.AccountAsync(grains, "Mona", HubRole.Moderator));
        await scenario.Session.Open(
            new OpenSession("Idéjam", Guid.NewGuid(), "Tryggare skolvägar", "ABC234", "Openlab", settings ?? SessionSettings.Default, anonymous),
            scenario.Moderator);
        return scenario;
    }

    public async Task<Guid> JoinAsync(string name = "Alva") => (await Session.Join(name)).ParticipantId;

    public Task PhaseAsync(SessionPhase phase) => Session.SetPhase(Moderator, phase, null);

    public async Task<IdeaView> PostAsync(Guid participant, string text)
    {
        await PhaseAsync(SessionPhase.Ideate);
        return await Session.PostIdea(participant, text);
    }
}
