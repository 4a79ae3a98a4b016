namespace Hub.Grains.Sessions;

[GenerateSerializer, Alias("Hub.ModerationAction")]
public enum ModerationAction
{
    IdeaHidden,
    IdeaRestored,
    IdeaApproved,
    IdeaHiddenAfterReports,
    ParticipantRemoved,
    SessionLocked,
    SessionUnlocked,
    ApprovalTurnedOn,
    ApprovalTurnedOff,
    CommentHidden,
    CommentRestored,
}
