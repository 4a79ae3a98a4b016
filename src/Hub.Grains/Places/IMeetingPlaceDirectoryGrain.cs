namespace Hub.Grains.Places;

/// <summary>The index of meeting places (a single grain, key 0); there are tens of them, not thousands.</summary>
[Alias("Hub.IMeetingPlaceDirectoryGrain")]
public interface IMeetingPlaceDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("Update")]
    Task Update(MeetingPlaceView place);

    [Alias("List"), ReadOnly]
    Task<IReadOnlyList<MeetingPlaceView>> List();
}
