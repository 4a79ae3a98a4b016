namespace Hub.Web.Sessions;

internal enum SessionRole
{
    Participant,
    Moderator,

    /// <summary>A room display: sees what participants see, changes nothing.</summary>
    Viewer,
}
