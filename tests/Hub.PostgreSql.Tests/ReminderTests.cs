namespace Hub.PostgreSql.Tests;

public sealed class ReminderTests
{
    [Fact]
    public async Task A_reminder_fires_and_is_still_registered_after_a_restart()
    {
        await using var database = await TestDatabase.CreateAsync();
        var key = Guid.NewGuid();

        await using (var silo = await SiloProcess.StartAsync(database))
        {
            var fired = ReminderProbeGrain.WaitForTick(key);
            await silo.Grains.GetGrain<IReminderProbeGrain>(key).Start();
            await fired.WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM orleansremindersTable WHERE remindername = 'probe'"));
        await using var restarted = await SiloProcess.StartAsync(database);
        Assert.True(await restarted.Grains.GetGrain<IReminderProbeGrain>(key).IsRegistered());
    }
}

public interface IReminderProbeGrain : IGrainWithGuidKey
{
    Task Start();

    Task<bool> IsRegistered();
}

/// <summary>A grain that only registers a reminder and reports its ticks to the test.</summary>
public sealed class ReminderProbeGrain : Grain, IReminderProbeGrain, IRemindable
{
    private const string Name = "probe";
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, TaskCompletionSource> Ticks = new();

    public static Task WaitForTick(Guid key) =>
        Ticks.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public Task Start() => this.RegisterOrUpdateReminder(Name, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

    public async Task<bool> IsRegistered() => await this.GetReminder(Name) is not null;

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Ticks.GetOrAdd(this.GetPrimaryKey(), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        return Task.CompletedTask;
    }
}
