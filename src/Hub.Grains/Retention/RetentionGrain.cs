using Hub.Grains.Accounts;
using Hub.Grains.Audit;
using Hub.Grains.Sessions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Grains.Retention;

internal sealed partial class RetentionGrain(IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionGrain> logger) : Grain, IRetentionGrain, IRemindable
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
            if (await TryAsync(() => GrainFactory.GetGrain<ISessionGrain>(listing.SessionId).Purge(sessionsBefore), listing.SessionId))
            {
                sessions++;
            }
        }

        var inactiveSince = now.AddDays(-_options.InactiveAccountsAfterDays);
        var accounts = 0;
        foreach (var account in await GrainFactory.GetGrain<IAccountDirectoryGrain>(0).List())
        {
            if (await TryAsync(() => GrainFactory.GetGrain<IAccountGrain>(account.Id).EraseIfInactiveSince(inactiveSince), account.Id))
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

    /// <summary>One item that fails is logged and tried again at the next run; it does not stop the others.</summary>
    private async Task<bool> TryAsync(Func<Task<bool>> removal, Guid id)
    {
        try
        {
            return await removal();
        }
        catch (Exception exception)
        {
            LogFailed(logger, exception, id);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention could not remove {Id}; it tries again at the next run")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention removed {Sessions} sessions and erased {Accounts} inactive accounts")]
    private static partial void LogRan(ILogger logger, int sessions, int accounts);
}
