namespace Hub.Web.Shared;

/// <summary>Previous and next links of a paged listing, keeping the other query parameters.</summary>
internal sealed record PagerModel(int Skip, int Take, int Total, IQueryCollection Query)
{
    public string? Previous => Skip > 0 ? Link(Math.Max(0, Skip - Take)) : null;

    public string? Next => Skip + Take < Total ? Link(Skip + Take) : null;

    private string Link(int skip) =>
        Microsoft.AspNetCore.Http.QueryString.Create(
            Query.Where(q => q.Key != "skip").Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()))
                .Append(new KeyValuePair<string, string?>("skip", skip.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToString();
}
