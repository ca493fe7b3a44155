using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Hosts;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosting;

/// <summary>
/// Each operation's 400 example in Swagger is a problem that operation answers: the example's offending
/// input, sent to that operation, gets the example back (but for its traceId).
/// </summary>
public sealed class SwaggerBadRequestTests : ApiTest
{
    private const string Id = "019a8e2c-5b4d-7e31-a0c2-6f1e9d3b7a54";

    /// <summary>Operation, method, path with the offending path or query, and edits to the operation's request example (null: no body).</summary>
    public static TheoryData<string, string, string, string?> Offending => new()
    {
        { "ListHosts", "GET", "/v1/hosts?limit=0&cursor=@@@", null },
        { "GetHost", "GET", "/v1/hosts/Xen-R12-07", null },
        { "PutHost", "PUT", "/v1/hosts/xen-r12-07", """{ "reservedRegions[0].end": "0xab81dfff" }""" },
        { "DeleteHost", "DELETE", "/v1/hosts/Xen-R12-07", null },
        { "PlanDomain", "POST", "/v1/hosts/xen-r12-07/plans", """{ "devices[0].sbdf": "00:02.9" }""" },
        { "CreateDomain", "POST", "/v1/hosts/xen-r12-07/domains", """{ "name": null }""" },
        { "PlaceDomain", "POST", "/v1/placements", """{ "limit": 0 }""" },
        { "CreatePlacedDomain", "POST", "/v1/domains", """{ "name": null }""" },
        { "ListDomains", "GET", "/v1/domains?limit=0&cursor=@@@", null },
        { "GetDomain", "GET", "/v1/domains/vm-42", null },
        { "DestroyDomain", "DELETE", "/v1/domains/vm-42", null },
        { "RebootDomain", "POST", "/v1/domains/vm-42/reboot", null },
        { "HotplugDevice", "POST", $"/v1/domains/{Id}/devices", """{ "sbdf": "00:02.9" }""" },
        { "GetDomainDevice", "GET", $"/v1/domains/{Id}/devices/00:02.9", null },
        { "UnplugDevice", "DELETE", $"/v1/domains/{Id}/devices/00:02.9", null },
        { "DomainHistory", "GET", $"/v1/domains/{Id}/assignments?limit=0&cursor=@@@", null },
        { "HostRefusals", "GET", "/v1/hosts/xen-r12-07/refusals?limit=0&cursor=@@@", null },
        { "PlacementRefusals", "GET", "/v1/placements/refusals?limit=0&cursor=@@@", null },
        { "CheckMigration", "POST", $"/v1/domains/{Id}/migration-checks", """{ "targets": [ { "host": "Xen-R12-08" } ] }""" },
        { "MigrateDomain", "POST", $"/v1/domains/{Id}/migrations", """{ "target": "Xen-R12-08" }""" },
        { "HostFragmentation", "GET", "/v1/hosts/Xen-R12-07/fragmentation", null },
        { "ImportInventory", "POST", "/v1/imports/inventory?format=pdf", null },
        { "ImportXlConfig", "POST", "/v1/imports/xl-config", TextBody + "name = \"win11\"\ndisk = [\n    'file:/srv/win11.qcow2,xvda,w'\n    'file:/srv/win11.iso,hdc:cdrom,r'\n]\n" },
        { "GetDomainXlConfig", "GET", "/v1/domains/vm-42/xl-config", null },
        { "GetDomainDeviceTree", "GET", "/v1/domains/vm-42/device-tree", null },
    };

    /// <summary>Edits starting with this are a text/plain body sent as it is (an xl.cfg), not edits to a JSON example.</summary>
    private const string TextBody = "text/plain:";

    [Fact]
    public async Task Get_SwaggerDocument_EveryOperationWithA400HasOneExampleCheckedHere()
    {
        var document = await SwaggerAsync();

        var with400 = SwaggerNavigationTests.Operations(document).Where(op => op.Operation["responses"]!["400"] is not null).Select(op => op.Id);

        with400.ShouldBe(Offending.Select(row => (string)row[0]), ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Offending))]
    public async Task Send_ExamplesOffendingInput_AnswersTheOperations400Example(string operationId, string method, string path, string? edits)
    {
        var document = await SwaggerAsync();
        var operation = SwaggerNavigationTests.Operation(document, operationId);
        var example = operation["responses"]!["400"]!["content"]!["application/problem+json"]!["example"]!.AsObject();
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = edits switch
            {
                null => null,
                _ when edits.StartsWith(TextBody, StringComparison.Ordinal) => new StringContent(edits[TextBody.Length..], Encoding.UTF8, "text/plain"),
                _ => new StringContent(Body(document, operation, edits), Encoding.UTF8, "application/json"),
            },
        };

        using var response = await Client.SendAsync(request);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, example["code"]!.GetValue<string>());
        WithoutTraceId(problem).ShouldEqualJson(WithoutTraceId(example));
    }

    /// <summary>The operation's request example (its first named one, else its schema's) with the edits applied (null removes a field).</summary>
    private static string Body(JsonObject document, JsonNode operation, string edits)
    {
        var media = operation["requestBody"]!["content"]!["application/json"]!;
        var example = media["examples"]?.AsObject().First().Value!["value"]
            ?? Schema(document, media["schema"]!)["example"]
            ?? Schema(document, media["schema"]!)["examples"]![0]!;
        return example.AsObject().Edited(edits).ToJsonString();
    }

    private static JsonNode Schema(JsonObject document, JsonNode schema) =>
        document["components"]!["schemas"]![schema["$ref"]!.GetValue<string>().Split('/')[^1]]!;

    private async Task<JsonObject> SwaggerAsync()
    {
        using var response = await Client.GetAsync("/swagger/v1/swagger.json");
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    private static JsonObject WithoutTraceId(JsonObject problem)
    {
        var copy = problem.DeepClone().AsObject();
        copy.Remove("traceId");
        return copy;
    }
}
