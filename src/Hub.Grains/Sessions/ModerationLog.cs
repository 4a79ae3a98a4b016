namespace Hub.Grains.Sessions;

/// <summary>
/// The session's moderation log. <c>moderator</c> is the name the log shows: the grain reads it
/// from the account it checked; an empty name is the session acting on its own rules.
/// </summary>
internal sealed class ModerationLog(ISessionLedger ledger, TimeProvider time)
{
    private const int ExcerptLength = 80;

    public void Log(string moderator, ModerationAction action, IdeaRecord? idea, int count) =>
        Log(new ModerationEntry(time.GetUtcNow(), moderator, action, idea?.Id, idea is null ? "" : Excerpt(idea.Text), count));

    public void Log(string moderator, ModerationAction action, CommentRecord comment) =>
        Log(new ModerationEntry(time.GetUtcNow(), moderator, action, comment.IdeaId, Excerpt(comment.Text), CommentId: comment.Id));

    private void Log(ModerationEntry entry)
    {
        ledger.Record(new SessionChange.Moderated(entry));
        ledger.Emit(new ModerationLogged(0, entry));
    }

    private static string Excerpt(string text) =>
        text.Length <= ExcerptLength ? text : string.Concat(text.AsSpan(0, ExcerptLength - 1), "…");
}
