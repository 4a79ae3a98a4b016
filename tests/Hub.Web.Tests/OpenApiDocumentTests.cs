using System.Net;
using System.Text.Json;

namespace Hub.Web.Tests;

[Collection(HubAppCollection.Name)]
public sealed class OpenApiDocumentTests(HubAppFixture fixture)
{
    private static readonly string[] _methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task Every_operation_in_the_openapi_document_has_a_unique_operation_id_and_a_summary()
    {
        using var anyone = fixture.App.NewBrowser();

        var response = await anyone.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var operations = (
            from path in document.RootElement.GetProperty("paths").EnumerateObject()
            from operation in path.Value.EnumerateObject()
            where _methods.Contains(operation.Name)
            select (Name: $"{operation.Name.ToUpperInvariant()} {path.Name}", Operation: operation.Value)).ToList();
        Assert.NotEmpty(operations);
        var unnamed = operations.Where(o => string.IsNullOrWhiteSpace(Text(o.Operation, "operationId"))).Select(o => o.Name);
        var unsummarised = operations.Where(o => string.IsNullOrWhiteSpace(Text(o.Operation, "summary"))).Select(o => o.Name);
        Assert.Empty(unnamed);
        Assert.Empty(unsummarised);
        var ids = operations.Select(o => Text(o.Operation, "operationId")!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    private static string? Text(JsonElement operation, string property) =>
        operation.TryGetProperty(property, out var value) ? value.GetString() : null;
}
