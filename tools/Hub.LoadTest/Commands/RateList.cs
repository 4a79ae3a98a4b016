using System.Globalization;

namespace Hub.LoadTest.Commands;

/// <summary>Reads a rate or a rising list of rates: <c>200</c> or <c>200,500,1000</c>.</summary>
public static class RateList
{
    public static IReadOnlyList<double> Parse(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate > 0
                ? rate
                : throw new ArgumentException($"\"{part}\" is not a positive rate."))
            .ToArray();
}
