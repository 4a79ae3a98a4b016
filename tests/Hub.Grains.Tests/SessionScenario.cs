using Hub.Grains.Sessions;

namespace Hub.Grains.Tests;

/// <summary>A fresh open session with helpers to join and steer it, as a moderator would.</summary>
public sealed class SessionScenario(IGrainFactory grains)
{
    public static readonly SessionActor Moderator = SessionActor.Moderator("moderator-1", "Mona");

    public Guid SessionId { get; } = Guid.NewGuid();

    public ISessionGrain Session => grains.GetGrain<ISessionGrain>(SessionId);

    public static async Task<SessionScenario> OpenAsync(IGrainFactory grains, SessionSettings? settings = null, bool anonymous = false)
    {
        var scenario = new SessionScenario(grains);
        await scenario.Session.Open(
            new OpenSession("Idéjam", Guid.NewGuid(), "Tryggare skolvägar", "ABC234", "Openlab", settings ?? SessionSettings.Default, anonymous),
            Moderator);
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
