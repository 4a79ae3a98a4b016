using Hub.Web.Sessions;

namespace Hub.Web.Pages.Sessions;

public sealed class ParticipateModel(IGrainFactory grains, JoinCodeLookup codes) : SessionPageModel(grains, codes);
