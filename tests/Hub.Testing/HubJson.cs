using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hub.Testing;

/// <summary>JSON as the Hub writes it: camelCase, enums by name.</summary>
public static class HubJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<T>(Options) ?? throw new InvalidOperationException("The response had no body.");
}
