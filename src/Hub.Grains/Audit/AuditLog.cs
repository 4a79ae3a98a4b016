using System.Globalization;

namespace Hub.Grains.Audit;

/// <summary>Where an audit entry of a given time goes.</summary>
public static class AuditLog
{
    public static string MonthKey(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static Task Append(this IGrainFactory grains, AuditEntry entry) =>
        grains.GetGrain<IAuditLogGrain>(MonthKey(entry.At)).Append(entry);
}
