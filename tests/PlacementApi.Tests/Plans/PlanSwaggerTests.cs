using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Plans;

/// <summary>The plan operation in the Swagger document, with a working request and response example.</summary>
public sealed class PlanSwaggerTests : ApiTest
{
    [Fact]
    public async Task Get_SwaggerDocument_PlanDomainWithExampleRequestAndResponse()
    {
        using var response = await Client.GetAsync("/swagger/v1/swagger.json");

        var document = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        var path = document["paths"]!.AsObject().Single(p => p.Key.TrimEnd('/') == "/v1/hosts/{host}/plans").Value!;
        var operation = path["post"]!;
        operation["operationId"]!.GetValue<string>().ShouldBe("PlanDomain");
        operation["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>()
            .ShouldBe("#/components/schemas/PlanRequestBody");
        operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>()
            .ShouldBe("#/components/schemas/PlanResponse");
        // 401, 403, 405, 413, 415 and 429 are every body-taking /v1 operation's (CommonStatusOperationFilter).
        operation["responses"]!.AsObject().Select(r => r.Key).ShouldBe(["200", "400", "401", "403", "404", "405", "413", "415", "422", "429", "503"], ignoreOrder: true);

        var schemas = document["components"]!["schemas"]!;
        var request = Example(schemas["PlanRequestBody"]!.AsObject())!;
        request["memoryMiB"]!.GetValue<long>().ShouldBe(4096);
        request["devices"]![0]!["sbdf"]!.GetValue<string>().ShouldBe("0000:00:02.0");
        var plan = Example(schemas["PlanResponse"]!.AsObject())!;
        plan["feasible"]!.GetValue<bool>().ShouldBeTrue();
        plan["devices"]![0]!["outcome"]!.GetValue<string>().ShouldBe("assigned");
        plan["layout"]!["e820"]![0].ShouldEqualJson(JsonNode.Parse("""{ "start": "0x0", "end": "0xa0000", "type": "ram" }"""));
    }

    [Fact]
    public async Task Post_SwaggerRequestExampleOnSwaggerHostExample_AnswersSwaggerResponseExample()
    {
        using var swagger = await Client.GetAsync("/swagger/v1/swagger.json");
        var schemas = (await swagger.ShouldBeJsonAsync(HttpStatusCode.OK))["components"]!["schemas"]!;
        await Client.CreateHostAsync("xen-r12-07", Example(schemas["HostInventoryBody"]!.AsObject())!);

        using var response = await Client.PostPlanAsync("xen-r12-07", Example(schemas["PlanRequestBody"]!.AsObject())!);

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(Example(schemas["PlanResponse"]!.AsObject()));
    }

    /// <summary>The schema's example: <c>example</c> (OpenAPI 3.0) or the first of <c>examples</c> (3.1).</summary>
    private static JsonNode? Example(JsonObject schema) => schema["example"] ?? schema["examples"]?[0];
}
