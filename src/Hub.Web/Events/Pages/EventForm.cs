using System.ComponentModel.DataAnnotations;
using Hub.Grains.Events;
using Hub.Web.Forms;

namespace Hub.Web.Events.Pages;

/// <summary>The event form: local times in Stockholm, as people type them.</summary>
public sealed class EventForm
{
    [Required(ErrorMessage = "Give the event a title.")]
    [StringLength(EventLimits.MaxTitleLength)]
    public string Title { get; set; } = "";

    [StringLength(EventLimits.MaxDescriptionLength)]
    public string? Description { get; set; }

    public Guid MeetingPlaceId { get; set; }

    [Required(ErrorMessage = "Say when the event starts.")]
    public DateTime? Start { get; set; }

    [Required(ErrorMessage = "Say when the event ends.")]
    public DateTime? End { get; set; }

    public List<Guid> ChallengeIds { get; set; } = [];

    public EventDraft ToDraft() =>
        new(Title, Description ?? "", MeetingPlaceId, FormValues.InStockholm(Start!.Value), FormValues.InStockholm(End!.Value), ChallengeIds);
}
