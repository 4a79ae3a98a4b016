namespace Hub.Web.Pages.Sessions;

public sealed class DisplayModel(IGrainFactory grains) : SessionPageModel(grains);
