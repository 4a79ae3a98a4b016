using System.Globalization;

namespace Hub.Web.Localization;

/// <summary>How much of a moment a page shows.</summary>
public enum TimeShown
{
    /// <summary>"fre 4 dec. 2026 13:00"; "Fri 4 Dec 2026 13:00".</summary>
    DateAndTime,

    /// <summary>"4 dec. 2026"; "4 Dec 2026".</summary>
    Date,

    /// <summary>"13:00".</summary>
    Time,
}

/// <summary>
/// Every time a person reads is Stockholm's, summer time included, whatever zone the server runs
/// in, and written the way the reader's language writes it.
/// </summary>
public static class StockholmTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateTimeOffset In(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    /// <summary>The moment in Stockholm, in the current culture.</summary>
    public static string Format(DateTimeOffset moment, TimeShown shown = TimeShown.DateAndTime) =>
        In(moment).ToString(
            shown switch
            {
                TimeShown.Date => "d MMM yyyy",
                TimeShown.Time => "HH:mm",
                _ => "ddd d MMM yyyy HH:mm",
            },
            CultureInfo.CurrentCulture);
}
