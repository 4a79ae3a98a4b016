namespace Hub.Web.Challenges;

public sealed record CreatedItem(Guid Id);
