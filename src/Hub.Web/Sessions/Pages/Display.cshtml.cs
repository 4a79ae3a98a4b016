using Hub.Web.Sessions;

namespace Hub.Web.Pages.Sessions;

public sealed class DisplayModel(IGrainFactory grains, JoinCodeLookup codes) : SessionPageModel(grains, codes);
