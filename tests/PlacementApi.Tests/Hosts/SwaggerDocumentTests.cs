using System.Net;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Placement.Api.Tests.Infrastructure;
using Placement.Api.Tests.Plans;

namespace Placement.Api.Tests.Hosts;

/// <summary>
/// What Swagger UI shows and sends: each problem response's example is the problem of its status,
/// the conditional headers are parameters, ETag is a response header, hex numbers take integers.
/// </summary>
public sealed class SwaggerDocumentTests : ApiTest
{
    /// <summary>The arm64 host whose plan is the 422 example.</summary>
    private const string ArmHost = "arm-r3-01";

    [Theory]
    [InlineData("PutHost", 400, "validation-failed")]
    [InlineData("PutHost", 412, "precondition-failed")]
    [InlineData("DeleteHost", 404, "host-not-found")]
    [InlineData("DeleteHost", 412, "precondition-failed")]
    [InlineData("GetHost", 404, "host-not-found")]
    [InlineData("PlanDomain", 400, "validation-failed")]
    [InlineData("PlanDomain", 404, "host-not-found")]
    [InlineData("PlanDomain", 422, "request-architecture-mismatch")]
    public async Task Get_SwaggerDocument_ProblemResponseExampleIsTheProblemOfItsStatus(string operationId, int status, string code)
    {
        var document = await SwaggerAsync();

        var example = ProblemExample(document, operationId, status);

        example["status"]!.GetValue<int>().ShouldBe(status);
        example["code"]!.GetValue<string>().ShouldBe(code);
        example["type"]!.GetValue<string>().ShouldStartWith("https://tools.ietf.org/html/rfc");
        example["title"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        example["detail"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        example["traceId"]!.GetValue<string>().ShouldMatch("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$");
    }

    [Fact]
    public async Task Get_SwaggerDocument_PreconditionFailedExampleCarriesCurrentGeneration()
    {
        var document = await SwaggerAsync();

        var example = ProblemExample(document, "PutHost", 412);

        var generation = example["currentGeneration"]!.GetValue<long>();
        example["detail"]!.GetValue<string>().ShouldContain($"ETag \"{generation}\"");
    }

    [Fact]
    public async Task Get_SwaggerDocument_ProblemSchemasHaveNoSchemaLevelExample()
    {
        var schemas = (await SwaggerAsync())["components"]!["schemas"]!;

        foreach (var name in new[] { "ProblemDetails", "HttpValidationProblemDetails" })
        {
            schemas[name]!.AsObject().ContainsKey("example").ShouldBeFalse(name);
            schemas[name]!.AsObject().ContainsKey("examples").ShouldBeFalse(name);
        }
    }

    [Fact]
    public async Task Get_UnknownHost_AnswersSwagger404Example()
    {
        var example = ProblemExample(await SwaggerAsync(), "GetHost", 404);
        var host = HostInDetail(example);

        using var response = await Client.GetHostAsync(host);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "host-not-found");
        WithoutTraceId(problem).ShouldEqualJson(WithoutTraceId(example));
    }

    [Fact]
    public async Task Post_PlanOnArmHost_AnswersSwagger422Example()
    {
        var document = await SwaggerAsync();
        var schemas = document["components"]!["schemas"]!;
        var inventory = Operation(document, "PutHost")["requestBody"]!["content"]!["application/json"]!["examples"]!["arm64"]!["value"]!.DeepClone();
        await Client.CreateHostAsync(ArmHost, inventory);

        using var response = await Client.PostPlanAsync(ArmHost, Example(schemas["PlanRequestBody"]!.AsObject())!);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "request-architecture-mismatch");
        WithoutTraceId(problem).ShouldEqualJson(WithoutTraceId(ProblemExample(document, "PlanDomain", 422)));
    }

    [Fact]
    public async Task Put_StaleIfMatch_AnswersSwagger412ExampleShape()
    {
        var example = ProblemExample(await SwaggerAsync(), "PutHost", 412);
        var created = await Client.CreateHostAsync("xen-1", Inventories.Laptop());
        var generation = created["generation"]!.GetValue<long>();

        using var response = await Client.PutHostAsync("xen-1", Inventories.Laptop(), ifMatch: JsonAssertions.Tag(generation + 1));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "precondition-failed");
        problem.Select(p => p.Key).ShouldBe(example.Select(p => p.Key), ignoreOrder: true);
        foreach (var field in new[] { "type", "title", "status", "code" })
        {
            problem[field].ShouldEqualJson(example[field]);
        }

        var expectedDetail = example["detail"]!.GetValue<string>()
            .Replace(example["currentGeneration"]!.ToJsonString(), generation.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        problem["detail"]!.GetValue<string>().ShouldBe(expectedDetail);
    }

    [Fact]
    public async Task Get_SwaggerDocument_PutHostHasOptionalIfMatchAndIfNoneMatchHeaders()
    {
        var operation = Operation(await SwaggerAsync(), "PutHost");

        var headers = HeaderParameters(operation);

        headers.Keys.ShouldBe(["If-Match", "If-None-Match"], ignoreOrder: true);
        foreach (var header in headers.Values)
        {
            header["required"]?.GetValue<bool>().ShouldBeFalse();
            header["schema"]!["type"]!.GetValue<string>().ShouldBe("string");
        }

        headers["If-Match"]["description"]!.GetValue<string>().ShouldContain("\"3\" from the ETag header, or *");
        headers["If-None-Match"]["description"]!.GetValue<string>().ShouldStartWith("Only *: create-only");
    }

    [Fact]
    public async Task Get_SwaggerDocument_DeleteHostHasOptionalIfMatchHeaderOnly()
    {
        var operation = Operation(await SwaggerAsync(), "DeleteHost");

        var headers = HeaderParameters(operation);

        headers.Keys.ShouldBe(["If-Match"]);
        headers["If-Match"]["required"]?.GetValue<bool>().ShouldBeFalse();
        headers["If-Match"]["description"]!.GetValue<string>().ShouldContain("\"3\" from the ETag header, or *");
    }

    [Theory]
    [InlineData("GetHost", "200")]
    [InlineData("PutHost", "200")]
    [InlineData("PutHost", "201")]
    public async Task Get_SwaggerDocument_SuccessResponseDocumentsETagHeader(string operationId, string status)
    {
        var operation = Operation(await SwaggerAsync(), operationId);

        var etag = operation["responses"]![status]!["headers"]!["ETag"]!;

        etag["schema"]!["type"]!.GetValue<string>().ShouldBe("string");
        etag["description"]!.GetValue<string>().ShouldContain("If-Match");
        etag["example"]!.GetValue<string>().ShouldBe("\"3\"");
    }

    [Theory]
    [InlineData("ReservedRegionBody", "start")]
    [InlineData("ReservedRegionBody", "end")]
    [InlineData("BarBody", "size")]
    [InlineData("AddressRangeBody", "start")]
    [InlineData("AddressRangeBody", "end")]
    public async Task Get_SwaggerDocument_HexNumberIsHexStringOrNonNegativeInteger(string schemaName, string property)
    {
        var schemas = (await SwaggerAsync())["components"]!["schemas"]!;

        var schema = schemas[schemaName]!["properties"]![property]!;

        var alternatives = schema["oneOf"]!.AsArray();
        alternatives.Select(a => a!["type"]!.GetValue<string>()).ShouldBe(["string", "integer"], ignoreOrder: true);
        var text = alternatives.Single(a => a!["type"]!.GetValue<string>() == "string")!;
        text["pattern"]!.GetValue<string>().ShouldBe("^0[xX][0-9a-fA-F]{1,16}$");
        var number = alternatives.Single(a => a!["type"]!.GetValue<string>() == "integer")!;
        number["minimum"]!.GetValue<long>().ShouldBe(0);
        schema["type"].ShouldBeNull();
        schema["description"]!.GetValue<string>().ShouldContain("non-negative integer");
        schema["example"]!.GetValue<string>().ShouldBe("0xab80a000");
    }

    [Fact]
    public async Task Put_SwaggerHostExampleWithIntegerAddresses_CreatedWithHexAddresses()
    {
        var schemas = (await SwaggerAsync())["components"]!["schemas"]!;
        var inventory = Example(schemas["HostInventoryBody"]!.AsObject())!.DeepClone();
        inventory["reservedRegions"]![0]!["start"] = 0xab80a000;
        inventory["reservedRegions"]![0]!["end"] = 0xab81e000;

        var created = await Client.CreateHostAsync("xen-r12-07", inventory);

        created["reservedRegions"]![0]!["start"]!.GetValue<string>().ShouldBe("0xab80a000");
        created["reservedRegions"]![0]!["end"]!.GetValue<string>().ShouldBe("0xab81e000");
    }

    [Fact]
    public async Task Get_SwaggerDocument_ReadsAsValidOpenApi30()
    {
        using var response = await Client.GetAsync("/swagger/v1/swagger.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);

        var (document, diagnostic) = OpenApiDocument.Parse(await response.Content.ReadAsStringAsync(), "json");

        diagnostic!.SpecificationVersion.ShouldBe(OpenApiSpecVersion.OpenApi3_0);
        diagnostic.Errors.ShouldBeEmpty(string.Join("; ", diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        document.ShouldNotBeNull();
    }

    private async Task<JsonObject> SwaggerAsync()
    {
        using var response = await Client.GetAsync("/swagger/v1/swagger.json");
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    private static JsonNode Operation(JsonObject document, string operationId) =>
        document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => op.Value!))
            .Single(op => op["operationId"]?.GetValue<string>() == operationId);

    private static JsonObject ProblemExample(JsonObject document, string operationId, int status) =>
        Operation(document, operationId)["responses"]![status.ToString(System.Globalization.CultureInfo.InvariantCulture)]!
            ["content"]!["application/problem+json"]!["example"]!.AsObject();

    private static Dictionary<string, JsonNode> HeaderParameters(JsonNode operation) =>
        (operation["parameters"]?.AsArray() ?? [])
            .Where(p => p!["in"]!.GetValue<string>() == "header")
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!);

    /// <summary>The host a host-not-found example names: "There is no host named 'x'."</summary>
    private static string HostInDetail(JsonObject problem) => problem["detail"]!.GetValue<string>().Split('\'')[1];

    private static JsonObject WithoutTraceId(JsonObject problem)
    {
        var copy = problem.DeepClone().AsObject();
        copy.Remove("traceId");
        return copy;
    }

    /// <summary>The schema's example: <c>example</c> (OpenAPI 3.0) or the first of <c>examples</c> (3.1).</summary>
    private static JsonNode? Example(JsonObject schema) => schema["example"] ?? schema["examples"]?[0];
}
