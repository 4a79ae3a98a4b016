using System.Diagnostics;

namespace Hub.LoadTest.Measurement;

/// <summary>
/// Watches the server process (when its pid is known), this process and the machine, so that every
/// figure comes with what it cost and with how busy the shared cores were.
/// </summary>
public sealed class UsageMonitor : IAsyncDisposable
{
    private readonly ProcessSampler? _server;
    private readonly ProcessSampler _tool = new("self");
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private (long Busy, long Total) _machineMark;
    private long _markAt;
    private long _markReceived;

    public UsageMonitor(int? serverPid)
    {
        _server = serverPid is { } pid ? new ProcessSampler(pid.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
        Mark();
        _loop = LoopAsync(_stop.Token);
    }

    public void Mark()
    {
        _markAt = Stopwatch.GetTimestamp();
        _markReceived = Clients.CountingWebSocket.Received;
        _machineMark = ProcFiles.Machine();
        if (_server?.IsAlive == true)
        {
            _server.Mark();
        }

        _tool.Mark();
    }

    public UsageWindow Measure()
    {
        var machine = ProcFiles.Machine();
        var total = machine.Total - _machineMark.Total;
        var cores = total > 0 ? (machine.Busy - _machineMark.Busy) / (double)total * Environment.ProcessorCount : 0;
        return new UsageWindow(_server?.IsAlive == true ? _server.Measure() : null, _tool.Measure(), cores, Stopwatch.GetElapsedTime(_markAt), Clients.CountingWebSocket.Received - _markReceived);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task LoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(ProcessSampler.Interval);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            try
            {
                _server?.Sample();
                _tool.Sample();
            }
            catch (IOException)
            {
                // The server exited between two reads; the run reports that by itself.
            }
        }
    }
}
