using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosting;

/// <summary>
/// A JSON body that names a property twice has no one meaning (a proxy or a log reader may take the
/// other value), so every endpoint that reads JSON refuses it: 400 duplicate-key naming the field, nothing written.
/// </summary>
public sealed class DuplicateKeyTests : ApiTest
{
    private const string DomainId = "0192f0c1-6e1a-7cc3-9a43-35c0d9b2f1e4";

    [Theory]
    [InlineData("""{ "architecture": "x86_64", "memoryMiB": 65536, "memoryMiB": 1024 }""", "memoryMiB")]
    [InlineData("""{ "memoryMiB": 65536, "MemoryMiB": 1024 }""", "MemoryMiB")]
    [InlineData("""{ "labels": { "rack": "a", "rack": "b" } }""", "labels.rack")]
    [InlineData("""{ "devices": [ { "sbdf": "00:02.0" }, { "sbdf": "00:03.0", "sbdf": "00:04.0" } ] }""", "devices[1].sbdf")]
    public async Task Put_HostWithDuplicateKey_DuplicateKeyNamingTheField(string body, string field)
    {
        using var response = await Client.PutHostAsync("xen-1", body);

        await ShouldBeDuplicateKeyAsync(response, field);
        await Client.ShouldNotExistAsync("xen-1");
    }

    [Theory]
    [InlineData("/v1/hosts/xen-1/plans", """{ "memoryMiB": 4096, "memoryMiB": 8192 }""", "memoryMiB")]
    [InlineData("/v1/hosts/xen-1/plans", """{ "memoryMiB": 4096, "rdm": { "strategy": "explicit", "strategy": "pool" } }""", "rdm.strategy")]
    [InlineData("/v1/hosts/xen-1/domains", """{ "name": "vm", "name": "other", "memoryMiB": 4096 }""", "name")]
    [InlineData("/v1/hosts/xen-1/domains",
        """{ "name": "vm", "memoryMiB": 4096, "devices": [ { "sbdf": "00:02.0" }, { "sbdf": "00:03.0", "sbdf": "00:04.0" } ] }""", "devices[1].sbdf")]
    [InlineData($"/v1/domains/{DomainId}/devices", """{ "sbdf": "00:02.0", "sbdf": "00:03.0" }""", "sbdf")]
    [InlineData($"/v1/domains/{DomainId}/migrations", """{ "target": "xen-2", "target": "xen-3" }""", "target")]
    public async Task Post_WithDuplicateKey_DuplicateKeyNamingTheField(string path, string body, string field)
    {
        using var response = await Client.PostAsync(path, HttpAssertions.Json(body));

        await ShouldBeDuplicateKeyAsync(response, field);
    }

    private static async Task ShouldBeDuplicateKeyAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "duplicate-key");
        var message = $"{field} appears more than once in its object (names are matched without regard to case): send each property once.";
        problem["title"]!.GetValue<string>().ShouldBe("The request body names a property twice.");
        problem["detail"]!.GetValue<string>().ShouldBe(message);
        ((JsonNode)problem["errors"]!).ShouldEqualJson(new JsonObject { [field] = new JsonArray(message) });
        problem.Violations().ShouldBe([(field, "duplicate-key")]);
    }
}
