namespace Hub.Grains.Events;

/// <summary>Stable error codes of events; clients switch on these, so never rename one.</summary>
public static class EventErrorCodes
{
    public const string EventNotFound = "event_not_found";
    public const string NotAnOrganiser = "not_an_organiser";
    public const string EndsBeforeItStarts = "ends_before_it_starts";
    public const string StartsInThePast = "starts_in_the_past";
    public const string MeetingPlaceNotFound = "meeting_place_not_found";
    public const string WrongCheckInCode = "wrong_check_in_code";
    public const string NotAModerator = "not_a_moderator";
    public const string LastOrganiser = "last_organiser";
}
