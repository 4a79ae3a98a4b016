namespace Hub.Grains.Sessions;

/// <summary>Stable error codes of live sessions; clients switch on these, so never rename one.</summary>
public static class SessionErrorCodes
{
    public const string SessionNotFound = "session_not_found";
    public const string SessionClosed = "session_closed";
    public const string SessionLocked = "session_locked";
    public const string IdeaNotFound = "idea_not_found";
    public const string CommentNotFound = "comment_not_found";
    public const string GroupNotFound = "group_not_found";
    public const string ParticipantNotFound = "participant_not_found";
    public const string ParticipantRemoved = "participant_removed";
    public const string IdeaPending = "idea_pending";
    public const string WrongPhase = "wrong_phase";
    public const string NotAuthor = "not_author";
    public const string VoteBudgetExhausted = "vote_budget_exhausted";
    public const string VoteCapReached = "vote_cap_reached";
    public const string NoVoteToRetract = "no_vote_to_retract";
}
