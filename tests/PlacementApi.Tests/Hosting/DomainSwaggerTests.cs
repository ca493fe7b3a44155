using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosting;

/// <summary>The domain operations' Swagger examples: the request works, the response is what it answers, problems fit their operation.</summary>
public sealed class DomainSwaggerTests : ApiTest
{
    [Fact]
    public async Task Post_SwaggerCreateExampleOnSwaggerHost_AnswersDomainExampleLayoutAndDevices()
    {
        var schemas = await SchemasAsync();
        await Client.CreateHostAsync("xen-r12-07", Example(schemas["HostInventoryBody"]!)!);

        using var response = await Client.PostAsync("/v1/hosts/xen-r12-07/domains", HttpAssertions.Json(Example(schemas["PlanRequestBody"]!)!));

        var domain = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        var example = Example(schemas["DomainResponse"]!)!;
        foreach (var field in new[] { "name", "host", "state", "request", "layout", "findings" })
        {
            domain[field].ShouldEqualJson(example[field]);
        }

        domain["devices"]![0]!["outcome"].ShouldEqualJson(example["devices"]![0]!["outcome"]);
    }

    [Theory]
    [InlineData("/v1/hosts/{host}/domains", "post", "409", "domain-refused")]
    [InlineData("/v1/domains/{id}/devices", "post", "409", "device-refused")]
    [InlineData("/v1/domains/{id}/devices", "post", "422", "idempotency-key-reused")]
    [InlineData("/v1/domains/{id}", "get", "404", "domain-not-found")]
    [InlineData("/v1/hosts/{host}", "put", "409", "host-in-use")]
    [InlineData("/v1/hosts/{host}", "get", "404", "host-not-found")]
    [InlineData("/v1/domains/{id}/migrations", "post", "409", "migration-refused")]
    [InlineData("/v1/domains/{id}/migration-checks", "post", "409", "domain-destroyed")]
    public async Task Get_SwaggerDocument_ProblemExampleFitsItsOperation(string path, string method, string status, string code)
    {
        using var response = await Client.GetAsync("/swagger/v1/swagger.json");

        var document = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        var operation = document["paths"]!.AsObject().Single(p => p.Key.TrimEnd('/') == path).Value![method]!;
        var example = operation["responses"]![status]!["content"]!["application/problem+json"]!["example"]!;
        example["code"]!.GetValue<string>().ShouldBe(code);
        example["status"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(status);
    }

    [Fact]
    public async Task Get_SwaggerDocument_MigrationCheckExampleRanksTheTwinFirst()
    {
        var example = Example((await SchemasAsync())["MigrationCheckResponse"]!)!;

        example["results"]!.AsArray().Select(r => (r!["host"]!.GetValue<string>(), r["verdict"]!.GetValue<string>()))
            .ShouldBe([("xen-r12-08", "compatible"), ("xen-r07-02", "incompatible")]);
        example["results"]![1]!["findings"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()).ShouldContain("device-without-iommu");
    }

    private async Task<JsonNode> SchemasAsync()
    {
        using var swagger = await Client.GetAsync("/swagger/v1/swagger.json");
        return (await swagger.ShouldBeJsonAsync(HttpStatusCode.OK))["components"]!["schemas"]!;
    }

    private static JsonNode? Example(JsonNode schema) => schema["example"] ?? schema["examples"]?[0];
}
