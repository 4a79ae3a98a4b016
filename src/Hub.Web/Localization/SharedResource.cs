namespace Hub.Web.Localization;

/// <summary>Marker for the one resource set every page and script shares (Resources/Localization.SharedResource.*.resx).</summary>
public sealed class SharedResource;
