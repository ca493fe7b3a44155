using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosting;

/// <summary>
/// Bodies that cannot be read, on every endpoint that takes one: no body (400 body-required), another
/// media type (415 unsupported-media-type), a field of the wrong JSON type (400 malformed-request saying
/// what the field must be). Each is problem+json naming the field, and the request reaches no handler.
/// </summary>
public sealed class RequestErrorTests : ApiTest
{
    private const string DomainId = "0192f0c1-6e1a-7cc3-9a43-35c0d9b2f1e4";

    public static TheoryData<string, string> BodyEndpoints => new()
    {
        { "PUT", "/v1/hosts/xen-1" },
        { "POST", "/v1/hosts/xen-1/plans" },
        { "POST", "/v1/hosts/xen-1/domains" },
        { "POST", $"/v1/domains/{DomainId}/devices" },
        { "POST", $"/v1/domains/{DomainId}/migration-checks" },
        { "POST", $"/v1/domains/{DomainId}/migrations" },
    };

    [Theory]
    [MemberData(nameof(BodyEndpoints))]
    public async Task Send_EmptyBody_BodyRequired(string method, string path)
    {
        using var response = await SendAsync(method, path, new StringContent("", Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "body-required");
        problem["detail"]!.GetValue<string>().ShouldStartWith("A JSON body is required");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["body"]);
        problem["errors"]!["body"]![0]!.GetValue<string>().ShouldBe(problem["detail"]!.GetValue<string>());
        problem.Violations().ShouldBe([("body", "body-required")]);
    }

    [Theory]
    [InlineData("null")]
    [InlineData(null)]
    public async Task Put_NoDocumentOrNoContentType_BodyRequired(string? body)
    {
        using var content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await SendAsync("PUT", "/v1/hosts/xen-1", content);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "body-required");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["body"]);
        await Client.ShouldNotExistAsync("xen-1");
    }

    [Theory]
    [MemberData(nameof(BodyEndpoints))]
    public async Task Send_TextPlain_UnsupportedMediaTypeNamingJson(string method, string path)
    {
        using var response = await SendAsync(method, path, new StringContent("{}", Encoding.UTF8, "text/plain"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        problem["detail"]!.GetValue<string>().ShouldBe(
            "This endpoint reads a JSON body: send Content-Type: application/json (the request has Content-Type text/plain; charset=utf-8).");
    }

    [Fact]
    public async Task Put_BodyWithoutContentType_UnsupportedMediaTypeNamingJson()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{}"));

        using var response = await SendAsync("PUT", "/v1/hosts/xen-1", content);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        problem["detail"]!.GetValue<string>().ShouldContain("send Content-Type: application/json (the request has no Content-Type)");
    }

    [Theory]
    [InlineData("""{ "memoryMiB": "lots" }""", "memoryMiB", "memoryMiB must be an integer number of MiB.")]
    [InlineData("""{ "memoryMiB": true }""", "memoryMiB", "memoryMiB must be an integer number of MiB.")]
    [InlineData("""{ "memoryMiB": "65536" }""", "memoryMiB", "memoryMiB must be an integer number of MiB.")]
    [InlineData("""{ "physAddressBits": 1e100 }""", "physAddressBits", "physAddressBits must be an integer.")]
    [InlineData("""{ "architecture": 64 }""", "architecture", "architecture must be a string.")]
    [InlineData("""{ "iommu": "yes" }""", "iommu", "iommu must be true or false.")]
    [InlineData("""{ "devices": { "sbdf": "00:02.0" } }""", "devices", "devices must be a list.")]
    [InlineData("""{ "labels": ["rack"] }""", "labels", "labels must be an object.")]
    [InlineData("""{ "labels": { "rack": 12 } }""", "labels.rack", "labels.rack must be a string.")]
    [InlineData("""{ "devices": [ { "sbdf": "00:02.0", "bars": [ { "index": "0" } ] } ] }""", "devices[0].bars[0].index", "devices[0].bars[0].index must be an integer.")]
    [InlineData("""{ "devices": [ { "sbdf": "00:02.0", "spis": [ true ] } ] }""", "devices[0].spis[0]", "devices[0].spis[0] must be an integer.")]
    [InlineData("""{ "devices": [ "00:02.0" ] }""", "devices[0]", "devices[0] must be an object.")]
    [InlineData("""{ "arm": [] }""", "arm", "arm must be an object.")]
    [InlineData("""[]""", "body", "body must be an object.")]
    [InlineData("""{ "reservedRegions": [ { "start": true } ] }""", "reservedRegions[0].start",
        "reservedRegions[0].start must be a 0x-prefixed hex string (\"0xab80a000\") or a non-negative integer.")]
    public async Task Put_FieldOfWrongJsonType_MalformedRequestNamingTheTypeExpected(string body, string field, string message)
    {
        using var response = await Client.PutHostAsync("xen-1", body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed-request");
        problem["detail"]!.GetValue<string>().ShouldBe(message);
        ((JsonNode)problem["errors"]!).ShouldEqualJson(new JsonObject { [field] = new JsonArray(message) });
        problem.Violations().ShouldBe([(field, "malformed-request")]);
        await Client.ShouldNotExistAsync("xen-1");
    }

    [Theory]
    [InlineData("POST", "/v1/hosts/xen-1/plans", """{ "memoryMiB": 4096, "rdm": "host" }""", "rdm must be an object.")]
    [InlineData("POST", "/v1/hosts/xen-1/plans", """{ "memoryMiB": 4096, "hap": 1 }""", "hap must be true or false.")]
    [InlineData("POST", "/v1/hosts/xen-1/plans", """{ "memoryMiB": 4096, "mmioHoleMiB": "256" }""", "mmioHoleMiB must be an integer number of MiB.")]
    [InlineData("POST", "/v1/hosts/xen-1/domains", """{ "name": 42, "memoryMiB": 4096 }""", "name must be a string.")]
    [InlineData("POST", "/v1/hosts/xen-1/domains", """{ "name": "vm", "memoryMiB": 4096, "devices": [ { "sbdf": ["00:02.0"] } ] }""", "devices[0].sbdf must be a string.")]
    [InlineData("POST", $"/v1/domains/{DomainId}/devices", """{ "sbdf": 3 }""", "sbdf must be a string.")]
    [InlineData("POST", $"/v1/domains/{DomainId}/migration-checks", """{ "limit": "10" }""", "limit must be an integer.")]
    [InlineData("POST", $"/v1/domains/{DomainId}/migration-checks", """{ "targets": [ { "host": "xen-2", "devices": {} } ] }""", "targets[0].devices must be a list.")]
    [InlineData("POST", $"/v1/domains/{DomainId}/migrations", """{ "target": { "host": "xen-2" } }""", "target must be a string.")]
    public async Task Send_FieldOfWrongJsonType_MalformedRequestNamingTheTypeExpected(string method, string path, string body, string message)
    {
        using var response = await SendAsync(method, path, HttpAssertions.Json(body));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed-request");
        problem["detail"]!.GetValue<string>().ShouldBe(message);
        problem["errors"]!.AsObject().Single().Value![0]!.GetValue<string>().ShouldBe(message);
    }

    private async Task<HttpResponseMessage> SendAsync(string method, string path, HttpContent? content)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content };
        return await Client.SendAsync(request);
    }
}
