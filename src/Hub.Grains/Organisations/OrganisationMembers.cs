namespace Hub.Grains.Organisations;

/// <summary>The organisation with its members, as one reader may see it, and whether that reader manages them.</summary>
[GenerateSerializer, Immutable, Alias("Hub.OrganisationMembers")]
public sealed record OrganisationMembers(
    [property: Id(0)] OrganisationView Organisation,
    [property: Id(1)] bool MayManage);
