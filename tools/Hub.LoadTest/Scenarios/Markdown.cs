using System.Globalization;
using System.Text;
using Hub.LoadTest.Measurement;

namespace Hub.LoadTest.Scenarios;

/// <summary>Formatting for the report: tables and numbers, always in the invariant culture.</summary>
public static class Markdown
{
    public static string Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", headers).AppendLine(" |");
        text.Append('|').AppendJoin("", headers.Select(_ => "---|")).AppendLine();
        foreach (var row in rows)
        {
            text.Append("| ").AppendJoin(" | ", row).AppendLine(" |");
        }

        return text.ToString();
    }

    public static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("N0", CultureInfo.InvariantCulture) : "–";

    public static string Ms(double value) =>
        !double.IsFinite(value) ? "–" : value < 10 ? value.ToString("0.00", CultureInfo.InvariantCulture) : value.ToString("N1", CultureInfo.InvariantCulture);

    public static string Cores(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N0", CultureInfo.InvariantCulture);

    public static string Ratio(double value) => double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    public static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Failures(IReadOnlyDictionary<string, int> failures) =>
        failures.Count == 0 ? "0" : string.Join(", ", failures.OrderByDescending(f => f.Value).Select(f => $"{f.Value} {f.Key}"));

    public static string Server(UsageWindow usage) => usage.Server is { } server ? Cores(server.AverageCores) : "–";

    public static string ServerRss(UsageWindow usage) => usage.Server is { } server ? Megabytes(server.PeakRssBytes) : "–";

    public static string Received(UsageWindow usage) => Megabytes(usage.ReceivedBytes);

    public static string Stored(UsageWindow usage) => usage.Server is { } server ? Megabytes(server.StoredBytes) : "–";
}
