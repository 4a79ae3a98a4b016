using System.Diagnostics;

namespace Hub.LoadTest.Measurement;

/// <summary>Samples one process every 200 ms, keeping the peaks since the last <see cref="Mark"/>.</summary>
public sealed class ProcessSampler(string pid)
{
    private const int SamplesPerSecond = 5;
    private readonly Lock _lock = new();
    private readonly Queue<(long At, double Cpu)> _lastSecond = new();
    private long _markAt;
    private double _markCpu;
    private long _markStored;
    private long _peakRss;
    private double _peakCores;

    public string Pid => pid;

    public bool IsAlive => ProcFiles.Exists(pid);

    public void Mark()
    {
        lock (_lock)
        {
            _markAt = Stopwatch.GetTimestamp();
            _markCpu = ProcFiles.CpuSeconds(pid);
            _markStored = ProcFiles.StoredBytes(pid);
            _peakRss = ProcFiles.Memory(pid).Rss;
            _peakCores = 0;
            _lastSecond.Clear();
            _lastSecond.Enqueue((_markAt, _markCpu));
        }
    }

    public void Sample()
    {
        if (!IsAlive)
        {
            return;
        }

        var at = Stopwatch.GetTimestamp();
        var cpu = ProcFiles.CpuSeconds(pid);
        var rss = ProcFiles.Memory(pid).Rss;
        lock (_lock)
        {
            _peakRss = Math.Max(_peakRss, rss);
            _lastSecond.Enqueue((at, cpu));
            if (_lastSecond.Count > SamplesPerSecond + 1)
            {
                var (thenAt, thenCpu) = _lastSecond.Dequeue();
                var seconds = (at - thenAt) / (double)Stopwatch.Frequency;
                _peakCores = Math.Max(_peakCores, (cpu - thenCpu) / seconds);
            }
        }
    }

    public ProcessUsage Measure()
    {
        Sample();
        lock (_lock)
        {
            var seconds = Stopwatch.GetElapsedTime(_markAt).TotalSeconds;
            var average = (ProcFiles.CpuSeconds(pid) - _markCpu) / Math.Max(seconds, 1e-3);
            var (rss, lifetimePeak) = ProcFiles.Memory(pid);
            return new ProcessUsage(average, Math.Max(_peakCores, average), Math.Max(_peakRss, rss), rss, lifetimePeak, ProcFiles.StoredBytes(pid) - _markStored);
        }
    }

    public static TimeSpan Interval { get; } = TimeSpan.FromSeconds(1.0 / SamplesPerSecond);
}
