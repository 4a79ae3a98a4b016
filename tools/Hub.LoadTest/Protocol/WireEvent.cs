namespace Hub.LoadTest.Protocol;

/// <summary>
/// Any session event, flattened to the few fields the load tool reads; every other field is
/// skipped by the deserializer, which keeps the receiving side cheap next to the server it measures.
/// </summary>
public sealed record WireEvent(string Type, long Seq, WireIdea? Idea, Dictionary<Guid, int>? Totals)
{
    public const string IdeaPosted = "ideaPosted";
    public const string VotesChanged = "votesChanged";
}
