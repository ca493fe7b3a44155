using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosts;

/// <summary>What every deployment relies on besides the resource: problem 404s, health, Swagger.</summary>
public sealed class ServicePlumbingTests : ApiTest
{
    [Theory]
    [InlineData("/nowhere")]
    [InlineData("/v1/hosts/xen-1/unknown")]
    [InlineData("/v2/hosts")]
    public async Task Get_UnknownRoute_NotFoundProblem(string path)
    {
        using var response = await Client.GetAsync(path);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Patch_HostRoute_MethodNotAllowedProblem()
    {
        using var response = await Client.PatchAsync("/v1/hosts/xen-1", HttpAssertions.Json("{}"));

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed, "method-not-allowed");
    }

    [Fact]
    public async Task Put_BodyNotJsonMediaType_UnsupportedMediaTypeProblem()
    {
        using var content = new StringContent(Inventories.Laptop().ToJsonString(), System.Text.Encoding.UTF8, "text/plain");
        using var response = await Client.PutAsync("/v1/hosts/xen-1", content);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        await Client.ShouldNotExistAsync("xen-1");
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Get_Health_Healthy(string path)
    {
        using var response = await Client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Get_SwaggerDocument_ListsEveryOperationWithExample()
    {
        using var response = await Client.GetAsync("/swagger/v1/swagger.json");

        var document = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Path: path.Key.TrimEnd('/'), Method: op.Key, Id: op.Value!["operationId"]?.GetValue<string>())))
            .Where(op => op.Path.StartsWith("/v1/", StringComparison.Ordinal))
            .ToList();
        operations.ShouldBe(
            [
                ("/v1/hosts", "get", "ListHosts"),
                ("/v1/hosts/{host}", "get", "GetHost"),
                ("/v1/hosts/{host}", "put", "PutHost"),
                ("/v1/hosts/{host}", "delete", "DeleteHost"),
                ("/v1/hosts/{host}/plans", "post", "PlanDomain"),
                ("/v1/hosts/{host}/domains", "post", "CreateDomain"),
                ("/v1/placements", "post", "PlaceDomain"),
                ("/v1/domains", "post", "CreatePlacedDomain"),
                ("/v1/hosts/{host}/refusals", "get", "HostRefusals"),
                ("/v1/placements/refusals", "get", "PlacementRefusals"),
                ("/v1/domains", "get", "ListDomains"),
                ("/v1/domains/{id}", "get", "GetDomain"),
                ("/v1/domains/{id}", "delete", "DestroyDomain"),
                ("/v1/domains/{id}/devices", "post", "HotplugDevice"),
                ("/v1/domains/{id}/devices/{sbdf}", "get", "GetDomainDevice"),
                ("/v1/domains/{id}/devices/{sbdf}", "delete", "UnplugDevice"),
                ("/v1/domains/{id}/assignments", "get", "DomainHistory"),
                ("/v1/domains/{id}/migration-checks", "post", "CheckMigration"),
                ("/v1/domains/{id}/migrations", "post", "MigrateDomain"),
                ("/v1/domains/{id}/reboot", "post", "RebootDomain"),
                ("/v1/hosts/{host}/fragmentation", "get", "HostFragmentation"),
                ("/v1/imports/inventory", "post", "ImportInventory"),
                ("/v1/imports/xl-config", "post", "ImportXlConfig"),
                ("/v1/domains/{id}/xl-config", "get", "GetDomainXlConfig"),
                ("/v1/domains/{id}/device-tree", "get", "GetDomainDeviceTree"),
            ],
            ignoreOrder: true);
        var schema = document["components"]!["schemas"]!["HostInventoryBody"]!.AsObject();
        Example(schema)!["architecture"]!.GetValue<string>().ShouldBe("x86_64");
    }

    [Fact]
    public async Task Get_SwaggerUi_Html()
    {
        using var response = await Client.GetAsync("/swagger/index.html");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("swagger-ui");
    }

    /// <summary>The schema's example: <c>example</c> (OpenAPI 3.0) or the first of <c>examples</c> (3.1).</summary>
    private static JsonNode? Example(JsonObject schema) => schema["example"] ?? schema["examples"]?[0];
}
