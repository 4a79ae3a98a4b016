namespace Hub.Web.Challenges;

internal sealed record CreatedItem(Guid Id);
