using Hub.Grains.Accounts;
using Hub.Grains.Storage;

namespace Hub.Grains.Places;

internal sealed class MeetingPlaceGrain(
    [PersistentState("place", StorageNames.Hub)] IPersistentState<MeetingPlaceState> store) : Grain, IMeetingPlaceGrain
{
    public const int MaxNameLength = 120;
    public const int MaxAddressLength = 300;
    public const int MaxTextLength = 2_000;

    public async Task<MeetingPlaceView> Save(Guid actorId, MeetingPlaceProfile profile)
    {
        if (await GrainFactory.GetGrain<IAccountGrain>(actorId).Get() is not { IsAdmin: true })
        {
            throw new RuleException(AccountErrorCodes.NotAdmin, "Only an admin may add or change meeting places.");
        }

        if (!Enum.IsDefined(profile.Kind))
        {
            throw new RuleException(ErrorCodes.InvalidArgument, "There is no such kind of meeting place.");
        }

        if (profile.Capacity is < 1 or > 100_000)
        {
            throw new RuleException(ErrorCodes.InvalidArgument, "The capacity runs from 1 to 100,000 people.");
        }

        store.State.Profile = new MeetingPlaceProfile(
            UserText.Require(profile.Name, MaxNameLength, "name"),
            profile.Kind,
            UserText.Require(profile.Address, MaxAddressLength, profile.Kind == PlaceKind.Digital ? "link" : "address"),
            profile.Capacity,
            Optional(profile.Accessibility, "accessibility information"),
            Optional(profile.Description, "description"));
        await store.WriteStateAsync();
        var view = new MeetingPlaceView(this.GetPrimaryKey(), store.State.Profile);
        await GrainFactory.GetGrain<IMeetingPlaceDirectoryGrain>(0).Update(view);
        return view;
    }

    public Task<MeetingPlaceView?> Get() =>
        Task.FromResult(store.State.Profile is { } profile ? new MeetingPlaceView(this.GetPrimaryKey(), profile) : null);

    private static string Optional(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? "" : UserText.Require(text, MaxTextLength, field);
}
