using System.Diagnostics;

namespace Hub.Faults.Tests;

/// <summary>
/// A silo or web node of the Hub as an operating-system process of its own, started from its build
/// output exactly as an operator would run it, so that a test can kill it with SIGKILL.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    private const int OutputLines = 200;

    private readonly Process _process;
    private readonly Queue<string> _output = new();
    private readonly List<(string Fragment, TaskCompletionSource Signal)> _waiters = [];

    private HubProcess(string name, Process process)
    {
        Name = name;
        _process = process;
        process.OutputDataReceived += (_, line) => Record(line.Data);
        process.ErrorDataReceived += (_, line) => Record(line.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => FailWaiters();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process wrote, for a failing test to show.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output);
            }
        }
    }

    /// <summary>Starts <paramref name="project"/> (Hub.Silo or Hub.Web) with settings given as environment variables.</summary>
    public static HubProcess Start(string name, string project, string environment, IReadOnlyDictionary<string, string> settings)
    {
        var projectDirectory = Path.Combine(RepositoryRoot, "src", project);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = projectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(projectDirectory, "bin", BuildConfiguration, "net10.0", $"{project}.dll"));
        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // "Application started" tells when the silo has joined, or the web node has connected and listens.
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return new HubProcess(name, Process.Start(start) ?? throw new InvalidOperationException($"{project} did not start."));
    }

    /// <summary>Completes when the process writes a line containing <paramref name="fragment"/>.</summary>
    public async Task WaitForLineAsync(string fragment, TimeSpan timeout)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            if (_output.Any(line => line.Contains(fragment, StringComparison.Ordinal)))
            {
                return;
            }

            _waiters.Add((fragment, signal));
        }

        if (_process.HasExited)
        {
            FailWaiters();
        }

        try
        {
            await signal.Task.WaitAsync(timeout);
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException)
        {
            throw new InvalidOperationException($"{Name} did not write \"{fragment}\":{Environment.NewLine}{Output}", exception);
        }
    }

    /// <summary>SIGKILL: no shutdown, no goodbye to the cluster, nothing flushed.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > OutputLines)
            {
                _output.Dequeue();
            }

            foreach (var waiter in _waiters.Where(w => line.Contains(w.Fragment, StringComparison.Ordinal)).ToArray())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    private void FailWaiters()
    {
        lock (_output)
        {
            foreach (var waiter in _waiters)
            {
                waiter.Signal.TrySetException(new InvalidOperationException($"{Name} exited."));
            }

            _waiters.Clear();
        }
    }

    private static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The configuration these tests were built in (bin/Release/net10.0/…): the Hub was built the same way.</summary>
    private static string BuildConfiguration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hub.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Hub.sln was not found above the test output.");
    }
}
