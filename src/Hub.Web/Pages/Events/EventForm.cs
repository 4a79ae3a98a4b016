using System.ComponentModel.DataAnnotations;
using Hub.Grains.Events;

namespace Hub.Web.Pages.Events;

/// <summary>The event form: local times in Stockholm, as people type them.</summary>
public sealed class EventForm
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    [Required(ErrorMessage = "Give the event a title.")]
    [StringLength(EventGrain.MaxTitleLength)]
    public string Title { get; set; } = "";

    [StringLength(EventGrain.MaxDescriptionLength)]
    public string? Description { get; set; }

    public Guid MeetingPlaceId { get; set; }

    [Required(ErrorMessage = "Say when the event starts.")]
    public DateTime? Start { get; set; }

    [Required(ErrorMessage = "Say when the event ends.")]
    public DateTime? End { get; set; }

    public List<Guid> ChallengeIds { get; set; } = [];

    public EventDraft ToDraft() => new(Title, Description ?? "", MeetingPlaceId, InStockholm(Start!.Value), InStockholm(End!.Value), ChallengeIds);

    private static DateTimeOffset InStockholm(DateTime local) =>
        new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Stockholm.GetUtcOffset(local));
}
