using Hub.Web.Localization;

namespace Hub.Web.Forms;

/// <summary>How the pages' forms turn what people type into domain values.</summary>
internal static class FormValues
{
    /// <summary>Tags typed comma-separated: "Labb, Data, Testbäddar".</summary>
    public static string[] Tags(string? typed) =>
        (typed ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A local time as people in Stockholm type it, with its offset that day.</summary>
    public static DateTimeOffset InStockholm(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, StockholmTime.Zone.GetUtcOffset(unspecified));
    }

    public static DateOnly StockholmDay(DateTimeOffset time) => DateOnly.FromDateTime(StockholmTime.In(time).DateTime);
}
