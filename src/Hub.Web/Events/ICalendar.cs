using System.Globalization;
using System.Text;
using Hub.Grains.Events;

namespace Hub.Web.Events;

/// <summary>
/// Events as iCalendar (RFC 5545), for any calendar program: times in UTC, text escaped, lines
/// folded at 75 octets.
/// </summary>
internal static class ICalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(string calendarName, IEnumerable<(EventSummary Event, string Location)> events, string origin, DateTimeOffset stamp)
    {
        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:-//Innovation Hub//Stockholm//SV");
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, $"X-WR-CALNAME:{Escape(calendarName)}");
        foreach (var (meeting, location) in events)
        {
            Line(text, "BEGIN:VEVENT");
            Line(text, $"UID:{meeting.Id:N}@innovationhub");
            Line(text, $"DTSTAMP:{Utc(stamp)}");
            Line(text, $"DTSTART:{Utc(meeting.Start)}");
            Line(text, $"DTEND:{Utc(meeting.End)}");
            Line(text, $"SUMMARY:{Escape(meeting.Title)}");
            Line(text, $"LOCATION:{Escape(location)}");
            Line(text, $"URL:{origin}/events/{meeting.Id}");
            Line(text, "END:VEVENT");
        }

        Line(text, "END:VCALENDAR");
        return text.ToString();
    }

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Writes a content line, folded so that no line is longer than 75 octets of UTF-8.</summary>
    private static void Line(StringBuilder text, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                text.Append("\r\n ");
                octets = 1;
            }

            text.Append(rune.ToString());
            octets += size;
        }

        text.Append("\r\n");
    }
}
