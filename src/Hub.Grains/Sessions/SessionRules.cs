namespace Hub.Grains.Sessions;

/// <summary>
/// The rules of a session, over its live state, one area to a part: each command is checked
/// against the state and, if it holds, recorded in the <see cref="ISessionLedger"/> as the changes
/// to save and the events to publish. Synchronous, so that a reentrant grain checks and applies in
/// one turn; time comes in. Bad input throws a <see cref="RuleException"/> and changes nothing.
/// </summary>
internal sealed class SessionRules
{
    public SessionRules(ISessionLedger ledger, SessionOptions options, TimeProvider time)
    {
        Checks = new SessionChecks(ledger);
        var log = new ModerationLog(ledger, time);
        var repeats = new Repeats(Checks);
        Participants = new ParticipantRules(Checks, options, time);
        Steering = new SteeringRules(Checks, ledger, log, time);
        Ideas = new IdeaRules(Checks, repeats, ledger, options, time);
        Comments = new CommentRules(Checks, repeats, ledger, time);
        Grouping = new GroupingRules(Checks, ledger);
        Voting = new VotingRules(Checks, repeats, ledger);
        Moderation = new ModerationRules(Checks, repeats, ledger, log);
        Erasure = new ErasureRules(Checks, ledger);
    }

    public SessionChecks Checks { get; }

    public ParticipantRules Participants { get; }

    public SteeringRules Steering { get; }

    public IdeaRules Ideas { get; }

    public CommentRules Comments { get; }

    public GroupingRules Grouping { get; }

    public VotingRules Voting { get; }

    public ModerationRules Moderation { get; }

    public ErasureRules Erasure { get; }
}
