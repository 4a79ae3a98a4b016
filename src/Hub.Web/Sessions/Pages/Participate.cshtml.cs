namespace Hub.Web.Sessions.Pages;

public sealed class ParticipateModel(IGrainFactory grains, JoinCodeLookup codes) : SessionPageModel(grains, codes);
