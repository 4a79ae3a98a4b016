namespace Hub.Web.Pages.Sessions;

public sealed class ParticipateModel(IGrainFactory grains) : SessionPageModel(grains);
