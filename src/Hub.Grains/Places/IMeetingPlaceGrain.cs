namespace Hub.Grains.Places;

/// <summary>A meeting place, keyed by id; Hub admins create and edit it. Its calendar is the event index's.</summary>
[Alias("Hub.IMeetingPlaceGrain")]
public interface IMeetingPlaceGrain : IGrainWithGuidKey
{
    [Alias("Save")]
    Task<MeetingPlaceView> Save(Guid actorId, MeetingPlaceProfile profile);

    [Alias("Get"), AlwaysInterleave]
    Task<MeetingPlaceView?> Get();
}
