using Hub.Grains.Accounts;
using Hub.Grains.Audit;
using Hub.Grains.Sessions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Grains.Retention;

public sealed partial class RetentionGrain(IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionGrain> logger) : Grain, IRetentionGrain, IRemindable
{
    private const string ReminderName = "retention";

    private readonly RetentionOptions _options = options.Value;

    public async Task Start()
    {
        if (_options.Enabled)
        {
            await this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromMinutes(1), _options.Interval);
        }
        else if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == ReminderName && _options.Enabled)
        {
            await Run(time.GetUtcNow());
        }
    }

    public async Task<RetentionReport> Run(DateTimeOffset now)
    {
        var sessionsBefore = now.AddDays(-_options.SessionsAfterDays);
        var sessions = 0;
        foreach (var listing in await GrainFactory.GetGrain<ISessionDirectoryGrain>(0).OpenedBefore(sessionsBefore))
        {
            if (await GrainFactory.GetGrain<ISessionGrain>(listing.SessionId).Purge(sessionsBefore))
            {
                sessions++;
            }
        }

        var inactiveSince = now.AddDays(-_options.InactiveAccountsAfterDays);
        var accounts = 0;
        foreach (var account in await GrainFactory.GetGrain<IAccountDirectoryGrain>(0).List())
        {
            if (await GrainFactory.GetGrain<IAccountGrain>(account.Id).EraseIfInactiveSince(inactiveSince))
            {
                accounts++;
            }
        }

        if (sessions + accounts > 0)
        {
            await GrainFactory.Append(new AuditEntry(time.GetUtcNow(), null, AuditAction.RetentionRun, null, $"sessions:{sessions} accounts:{accounts}"));
        }

        LogRan(logger, sessions, accounts);
        return new RetentionReport(sessions, accounts);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention removed {Sessions} sessions and erased {Accounts} inactive accounts")]
    private static partial void LogRan(ILogger logger, int sessions, int accounts);
}
