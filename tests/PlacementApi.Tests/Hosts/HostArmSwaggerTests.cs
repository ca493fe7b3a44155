using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosts;

/// <summary>Swagger UI offers an arm64 host beside the x86_64 one, both working, and documents every arm and device identity field.</summary>
public sealed class HostArmSwaggerTests : ApiTest
{
    [Theory]
    [InlineData("arm64")]
    [InlineData("x86_64")]
    public async Task Put_SwaggerExample_AnswersTheResponseExampleOfItsArchitecture(string architecture)
    {
        var put = Operation(await SwaggerAsync(), "PutHost");
        var inventory = NamedExample(put["requestBody"]!, architecture);
        var example = NamedExample(put["responses"]!["201"]!, architecture).AsObject();

        var created = await Client.CreateHostAsync(example["name"]!.GetValue<string>(), inventory);

        WithoutTimes(created).ShouldEqualJson(WithoutTimes(example));
        created["devices"]!.AsArray().ShouldContain(d => d!["vendorId"] != null && d["classCode"] != null);
    }

    [Theory]
    [InlineData("PutHost", "200")]
    [InlineData("PutHost", "201")]
    [InlineData("GetHost", "200")]
    public async Task Get_SwaggerDocument_HostResponsesHaveOneExamplePerArchitecture(string operationId, string status)
    {
        var response = Operation(await SwaggerAsync(), operationId)["responses"]![status]!;

        var examples = response["content"]!["application/json"]!["examples"]!.AsObject();

        examples.Select(e => e.Key).ShouldBe(["x86_64", "arm64"]);
        examples["x86_64"]!["value"]!["arm"].ShouldBeNull();
        examples["arm64"]!["value"]!["arm"]!["memoryBanks"]!.AsArray().ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("HostInventoryBody", "arm")]
    [InlineData("DeviceBody", "mmio")]
    [InlineData("DeviceBody", "spis")]
    [InlineData("ArmPlatformBody", "memoryBanks")]
    [InlineData("ArmPlatformBody", "firmwareReserved")]
    [InlineData("ArmPlatformBody", "directMapPool")]
    [InlineData("ArmPlatformBody", "gic")]
    [InlineData("ArmPlatformBody", "console")]
    [InlineData("GicBody", "version")]
    [InlineData("GicBody", "distributorBase")]
    [InlineData("GicBody", "cpuInterfaceBase")]
    [InlineData("GicBody", "redistributors")]
    [InlineData("ConsoleBody", "base")]
    [InlineData("ConsoleBody", "size")]
    [InlineData("ConsoleBody", "spi")]
    [InlineData("AddressRangeBody", "end")]
    [InlineData("DeviceResponse", "mmio")]
    [InlineData("DeviceBody", "vendorId")]
    [InlineData("DeviceBody", "deviceId")]
    [InlineData("DeviceBody", "classCode")]
    [InlineData("DeviceBody", "numaNode")]
    [InlineData("DeviceBody", "labels")]
    [InlineData("DeviceResponse", "vendorId")]
    [InlineData("DeviceResponse", "classCode")]
    [InlineData("DeviceResponse", "labels")]
    [InlineData("HostResponse", "arm")]
    [InlineData("ArmPlatformResponse", "console")]
    [InlineData("GicResponse", "cpuInterfaceBase")]
    public async Task Get_SwaggerDocument_ArmOrIdentityFieldIsDescribed(string schema, string property)
    {
        var schemas = (await SwaggerAsync())["components"]!["schemas"]!;

        var field = schemas[schema]!["properties"]![property]!;

        // OpenAPI 3.0 ignores whatever sits beside a $ref: an object's description is its schema's.
        var described = field["$ref"] is { } reference ? schemas[reference.GetValue<string>().Split('/')[^1]]! : field;
        var description = described["description"];
        description.ShouldNotBeNull(field.ToJsonString());
        description.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
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

    private static JsonNode NamedExample(JsonNode body, string name) => body["content"]!["application/json"]!["examples"]![name]!["value"]!.DeepClone();

    private static JsonObject WithoutTimes(JsonNode host)
    {
        var copy = host.DeepClone().AsObject();
        copy.Remove("createdAt");
        copy.Remove("updatedAt");
        copy.Remove("generation"); // the x86_64 example shows a host replaced twice
        copy.Remove("caller"); // the example's writer is an operator, the test's its own admin
        return copy;
    }
}
