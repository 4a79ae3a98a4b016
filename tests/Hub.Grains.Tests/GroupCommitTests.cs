using Hub.Grains.Storage;

namespace Hub.Grains.Tests;

public sealed class GroupCommitTests
{
    [Fact]
    public async Task Callers_that_arrive_during_a_flush_share_the_next_one()
    {
        var flushes = 0;
        var release = new TaskCompletionSource();
        var commit = new GroupCommit(async () =>
        {
            flushes++;
            if (flushes == 1)
            {
                await release.Task;
            }
        });

        var first = commit.CommitAsync();
        var waiting = Enumerable.Range(0, 10).Select(_ => commit.CommitAsync()).ToArray();
        Assert.False(first.IsCompleted);
        release.SetResult();
        await Task.WhenAll(waiting.Append(first));

        Assert.Equal(2, flushes);
        Assert.True(commit.IsIdle);
    }

    [Fact]
    public async Task A_failed_flush_fails_only_the_callers_it_held()
    {
        var flushes = 0;
        var release = new TaskCompletionSource();
        var commit = new GroupCommit(async () =>
        {
            flushes++;
            await release.Task;
            if (flushes == 1)
            {
                throw new InvalidOperationException("storage down");
            }
        });

        var failing = commit.CommitAsync();
        var next = commit.CommitAsync();
        release.SetResult();

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        await next;
        Assert.Equal(2, flushes);
    }
}
