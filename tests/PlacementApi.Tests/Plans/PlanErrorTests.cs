using System.Net;
using Placement.Api.Tests.Hosts;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Plans;

/// <summary>Plans that cannot be made: no such host, a bad host name, a host with no HVM layout, an unreadable body.</summary>
public sealed class PlanErrorTests : ApiTest
{
    private const string Host = "xen-1";
    private const string Valid = """{ "memoryMiB": 2048 }""";

    [Fact]
    public async Task Post_UnknownHost_NotFound()
    {
        using var response = await Client.PostPlanAsync("xen-404", Valid);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "host-not-found");
        problem["detail"]!.GetValue<string>().ShouldBe("There is no host named 'xen-404'.");
    }

    [Theory]
    [InlineData("Xen-1")]
    [InlineData("-xen")]
    [InlineData("xen_1")]
    public async Task Post_InvalidHostName_ViolationAtHost(string host)
    {
        using var response = await Client.PostPlanAsync(host, Valid);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([("host", "invalid-host-name")]);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["host"]);
    }

    [Fact]
    public async Task Post_ArmHostWithoutArmSection_RequestArchitectureMismatch()
    {
        await Client.CreateHostAsync("arm-1", Inventories.Arm());

        using var response = await Client.PostPlanAsync("arm-1", Valid);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "request-architecture-mismatch");
        problem["detail"]!.GetValue<string>().ShouldBe(
            "Host 'arm-1' is arm64: a domain for it has an arm section (\"arm\": {} for an ordinary domain) and none of the x86 settings.");
    }

    [Theory]
    [InlineData("""{ "memoryMiB": 2048, "memoryMB": 2048 }""", "memoryMB")]
    [InlineData("""{ "memoryMiB": "lots" }""", "memoryMiB")]
    [InlineData("""{ "memoryMiB": 2048, "hap": "yes" }""", "hap")]
    [InlineData("""{ "memoryMiB": 2048, "rdm": "strategy=host" }""", "rdm")]
    [InlineData("""{ "memoryMiB": 2048, "rdm": { "strategy": "host", "polcy": "strict" } }""", "rdm.polcy")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ { "sbdf": "00:02.0", "rdm_policy": "strict" } ] }""", "devices[0].rdm_policy")]
    [InlineData("""{ "memoryMiB": 2048, "devices": "00:02.0" }""", "devices")]
    public async Task Post_FieldOfWrongTypeOrUnknown_MalformedRequestNamingField(string body, string field)
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop());

        using var response = await Client.PostPlanAsync(Host, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed-request");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe([field]);
        problem["errors"]![field]![0]!.GetValue<string>().ShouldStartWith(field);
    }

    [Theory]
    [InlineData("{ \"memoryMiB\": 2048, ")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("4096")]
    public async Task Post_BodyNotAJsonObject_MalformedRequest(string body)
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop());

        using var response = await Client.PostPlanAsync(Host, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed-request");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["body"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public async Task Post_NoDocument_BodyRequired(string body)
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop());

        using var response = await Client.PostPlanAsync(Host, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "body-required");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["body"]);
    }
}
