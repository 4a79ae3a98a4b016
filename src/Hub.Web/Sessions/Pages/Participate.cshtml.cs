namespace Hub.Web.Sessions.Pages;

public sealed class ParticipateModel(IGrainFactory grains, JoinCodeLookup codes, TimeProvider time) : SessionPageModel(grains, codes)
{
    /// <summary>The browser gets the key by which a session keeps out those its moderators removed.</summary>
    protected override void OnFound() => BrowserMarks.Ensure(HttpContext, time);
}
