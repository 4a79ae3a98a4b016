namespace Hub.Web.Sessions.Pages;

public sealed class DisplayModel(IGrainFactory grains, JoinCodeLookup codes) : SessionPageModel(grains, codes);
