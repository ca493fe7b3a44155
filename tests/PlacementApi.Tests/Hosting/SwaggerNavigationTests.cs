using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosting;

/// <summary>What a newcomer meets in Swagger UI: groups in workflow order, links to share, path parameters filled in.</summary>
public sealed class SwaggerNavigationTests : ApiTest
{
    [Fact]
    public async Task Get_SwaggerDocument_TagsInWorkflowOrder()
    {
        var document = await SwaggerAsync();

        document["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>())
            .ShouldBe(["Hosts", "Plans", "Placements", "Domains", "Domain devices", "History", "Migrations", "Fragmentation", "Imports"]);
    }

    [Fact]
    public async Task Get_SwaggerDocument_EveryOperationTagIsListed()
    {
        var document = await SwaggerAsync();
        var listed = document["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();

        var used = Operations(document).SelectMany(op => op.Operation["tags"]!.AsArray().Select(t => t!.GetValue<string>())).Distinct();

        used.ShouldBe(listed, ignoreOrder: true);
    }

    [Fact]
    public async Task Get_SwaggerUi_DeepLinkingOn()
    {
        using var response = await Client.GetAsync("/swagger/index.js");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"deepLinking\":true");
    }

    [Fact]
    public async Task Get_SwaggerDocument_EveryPathParameterHasTheExamplesValue()
    {
        var document = await SwaggerAsync();
        var expected = new Dictionary<string, string>
        {
            ["host"] = "xen-r12-07",
            ["id"] = Example(document, "DomainResponse")["id"]!.GetValue<string>(),
            ["sbdf"] = Example(document, "DomainResponse")["devices"]![0]!["sbdf"]!.GetValue<string>(),
        };

        var parameters = Operations(document)
            .SelectMany(op => (op.Operation["parameters"]?.AsArray() ?? []).Where(p => p!["in"]!.GetValue<string>() == "path").Select(p => (op.Id, Parameter: p!)))
            .ToList();

        parameters.ShouldNotBeEmpty();
        foreach (var (id, parameter) in parameters)
        {
            var name = parameter["name"]!.GetValue<string>();
            parameter["example"]?.GetValue<string>().ShouldBe(expected[name], $"{id} {name}");
            parameter["schema"]!["type"]!.GetValue<string>().ShouldBe("string", $"{id} {name}");
        }

        expected["id"].ShouldMatch("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
        expected["sbdf"].ShouldMatch("^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7]$");
    }

    [Fact]
    public async Task Get_ExampleHostDomainAndDevice_EachPathOfTheExamplesReadsThem()
    {
        var document = await SwaggerAsync();
        var host = Operation(document, "PutHost");
        var inventory = host["requestBody"]!["content"]!["application/json"]!["examples"]!["x86_64"]!["value"]!;
        var name = Parameter(host, "host");
        await Client.CreateHostAsync(name, inventory.DeepClone());
        var domain = await Client.CreateDomainAsync(name, Example(document, "PlanRequestBody").DeepClone());

        using var device = await Client.GetDeviceAsync(domain.Id(), Parameter(Operation(document, "GetDomainDevice"), "sbdf"));

        await device.ShouldBeJsonAsync(HttpStatusCode.OK);
        Parameter(Operation(document, "GetDomain"), "id").ShouldBe(Example(document, "DomainResponse")["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_SwaggerDocument_EveryOperationDocumentsTheDatabaseOutage503()
    {
        var document = await SwaggerAsync();

        var operations = Operations(document).ToList();

        operations.Count.ShouldBeGreaterThan(15);
        foreach (var (id, operation) in operations)
        {
            var outage = operation["responses"]!["503"].ShouldNotBeNull(id);
            outage["headers"]!["Retry-After"]!["schema"]!["type"]!.GetValue<string>().ShouldBe("integer", id);
            outage["content"]!["application/problem+json"]!["example"]!["code"]!.GetValue<string>().ShouldBe("database-unavailable", id);
        }
    }

    private async Task<JsonObject> SwaggerAsync()
    {
        using var response = await Client.GetAsync("/swagger/v1/swagger.json");
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    internal static IEnumerable<(string Id, JsonNode Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => (op.Value!["operationId"]!.GetValue<string>(), op.Value!)));

    internal static JsonNode Operation(JsonObject document, string operationId) => Operations(document).Single(op => op.Id == operationId).Operation;

    private static string Parameter(JsonNode operation, string name) =>
        operation["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!["example"]!.GetValue<string>();

    private static JsonNode Example(JsonObject document, string schema) =>
        document["components"]!["schemas"]![schema]!["example"] ?? document["components"]!["schemas"]![schema]!["examples"]![0]!;
}
