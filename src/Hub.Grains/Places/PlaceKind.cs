namespace Hub.Grains.Places;

[GenerateSerializer, Alias("Hub.PlaceKind")]
public enum PlaceKind
{
    Physical,
    Digital,
}
