using Hub.Grains;
using Microsoft.Extensions.Localization;

namespace Hub.Web.Localization;

/// <summary>
/// What a refusal says to a person, in their language. The grains explain a refusal in English,
/// for logs and API clients; a page or a phone says it from the refusal's stable code, or, where
/// the exact sentence has a translation, in that sentence.
/// </summary>
internal static class Refusals
{
    /// <summary>The text for each code people may meet, in English; the resource file holds the Swedish.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByCode = new Dictionary<string, string>
    {
        ["wrong_phase"] = "That is not possible in this phase of the session.",
        ["session_closed"] = "The session is closed.",
        ["session_locked"] = "The moderator has locked the session: nobody new may join.",
        ["text_required"] = "Write something first.",
        ["text_too_long"] = "That is too long.",
        ["vote_budget_exhausted"] = "You have used all your votes.",
        ["vote_cap_reached"] = "You have given this idea as many votes as one idea may have.",
        ["no_vote_to_retract"] = "You have no vote on this idea to take back.",
        ["not_author"] = "Only the author may change this idea.",
        ["forbidden"] = "You may not do that here.",
        ["unauthorized"] = "Sign in as a moderator first.",
        ["session_not_found"] = "There is no session with that code.",
        ["invalid_code"] = "That is not a join code.",
        ["idea_not_found"] = "That idea is gone.",
        ["comment_not_found"] = "That comment is gone.",
        ["group_not_found"] = "That group is gone.",
        ["session_full"] = "The session is full.",
        ["invalid_argument"] = "That value is not allowed.",
        ["unavailable"] = "The Hub could not do that just now. Try again.",
        ["storage_unavailable"] = "The Hub could not save that just now. Try again.",
        ["rate_limited"] = "That was too fast. Wait a moment and try again.",
        ["participant_removed"] = "A moderator has removed you from this session.",
        ["participant_not_found"] = "You are no longer in this session.",
        ["idea_pending"] = "A moderator has yet to approve this idea.",
        ["ends_before_it_starts"] = "An event ends after it starts.",
        ["starts_in_the_past"] = "An event cannot start in the past.",
        ["deadline_in_the_past"] = "The deadline cannot be in the past.",
        ["name_taken"] = "That name is taken.",
        ["email_taken"] = "That e-mail address already has an account.",
        ["invalid_email"] = "That is not an e-mail address.",
        ["not_an_owner"] = "Only the organisations that own the challenge may do that.",
        ["not_an_organiser"] = "Only the event's organisers may do that.",
        ["not_a_moderator"] = "That person is not a moderator.",
        ["last_organiser"] = "An event keeps at least one organiser.",
        ["last_admin"] = "The Hub keeps at least one admin.",
        ["last_organisation_admin"] = "An organisation keeps at least one admin.",
        ["not_organisation_member"] = "That person is not a member of the organisation.",
        ["status_not_allowed"] = "The challenge cannot do that in its present status.",
        ["challenge_closed"] = "The challenge is closed.",
        ["not_taking_contributions"] = "The challenge is not taking contributions now.",
        ["wrong_check_in_code"] = "That check-in code is not right.",
    };

    /// <summary>The refusal in the reader's language: its exact sentence if translated, else its code's text, else the English.</summary>
    public static string Text(IStringLocalizer localizer, RuleException refusal)
    {
        var exact = localizer[refusal.Message];
        return !exact.ResourceNotFound ? exact.Value
            : ByCode.TryGetValue(refusal.Code, out var text) ? localizer[text].Value
            : refusal.Message;
    }
}
