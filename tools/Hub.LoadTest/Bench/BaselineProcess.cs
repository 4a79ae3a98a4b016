using Hub.LoadTest.Baseline;

namespace Hub.LoadTest.Bench;

/// <summary>This same tool, started again as <c>baseline-server</c> in a process of its own so that its cost can be measured apart.</summary>
public sealed class BaselineProcess(ChildProcess process, Uri hubUrl) : IAsyncDisposable
{
    public int Pid => process.Pid;

    public Uri HubUrl => hubUrl;

    public static async Task<BaselineProcess> StartAsync(CancellationToken cancellationToken)
    {
        var urls = $"http://127.0.0.1:{FreePort.Next()}";
        var (fileName, arguments) = Self(["baseline-server", "--urls", urls]);
        var process = ChildProcess.Start(fileName, arguments, Environment.CurrentDirectory, new Dictionary<string, string> { ["DOTNET_NOLOGO"] = "1" });
        try
        {
            await process.WaitForLineAsync(l => l.StartsWith(BaselineServer.ReadyLine, StringComparison.Ordinal), TimeSpan.FromSeconds(60), cancellationToken);
            return new BaselineProcess(process, new Uri($"{urls}{BroadcastHub.Path}"));
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>How to start this tool again: through its apphost, or through <c>dotnet</c> with its dll.</summary>
    public static (string FileName, IReadOnlyList<string> Arguments) Self(IReadOnlyList<string> arguments)
    {
        var processPath = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(processPath) == "dotnet"
            ? (processPath, [typeof(BaselineProcess).Assembly.Location, .. arguments])
            : (processPath, arguments);
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
