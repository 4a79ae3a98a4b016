namespace Hub.LoadTest.Commands;

/// <summary>The command line this process was started with, as someone would type it again.</summary>
public static class CommandText
{
    public static string Describe(IEnumerable<string> arguments)
    {
        var (fileName, prefix) = Bench.BaselineProcess.Self([]);
        var program = Path.GetFileNameWithoutExtension(fileName) == "dotnet"
            ? $"dotnet {Path.GetRelativePath(Environment.CurrentDirectory, prefix[0])}"
            : Path.GetRelativePath(Environment.CurrentDirectory, fileName);
        return string.Join(' ', [program, .. arguments.Select(Quote)]);
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsLetterOrDigit(c) || "-_./:=,@".Contains(c)) ? argument : $"'{argument.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
