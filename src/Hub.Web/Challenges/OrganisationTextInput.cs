namespace Hub.Web.Challenges;

/// <summary>Text said on behalf of an organisation the caller belongs to: a market-dialogue question or proposal.</summary>
internal sealed record OrganisationTextInput(Guid OrganisationId, string Text);
