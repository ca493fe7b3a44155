using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.ArmDomains;

/// <summary>Requests with arm settings: their rules, and which host takes which shape.</summary>
public sealed class ArmRequestValidationTests : ApiTest
{
    [Fact]
    public async Task Create_ArmWithX86Settings_400NamingEach()
    {
        var body = ArmHosts.Ordinary("vm-1", 256, ArmHosts.Protected);
        body["videoRamMiB"] = 8;
        body["rdm"] = new JsonObject { ["strategy"] = "host" };
        body["devices"]![0]!["rdmPolicy"] = "strict";

        using var response = await Client.PostDomainAsync(ArmHosts.Name, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([("videoRamMiB", "x86-only"), ("rdm", "x86-only"), ("devices[0].rdmPolicy", "x86-only")], ignoreOrder: true);
    }

    [Fact]
    public async Task Create_StaticBanksThatDoNotAddUpOrOverlap_400()
    {
        var body = ArmHosts.Static("dm-1", 512, ("0x50000000", "0x60000000"), ("0x58000000", "0x68000000"), ("0x70000000", "0x70000800"));

        using var response = await Client.PostDomainAsync(ArmHosts.Name, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe(
            [("arm.staticMemory[2].end", "region-not-aligned"), ("arm.staticMemory[1]", "region-overlap"), ("arm.staticMemory", "static-memory-mismatch")],
            ignoreOrder: true);

        body["arm"]!["staticMemory"]!.AsArray().RemoveAt(2);
        body["arm"]!["staticMemory"]!.AsArray().RemoveAt(1);
        using var second = await Client.PostDomainAsync(ArmHosts.Name, body);
        var mismatch = await second.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        mismatch.Violations().ShouldBe([("arm.staticMemory", "static-memory-mismatch")]);
        mismatch["violations"]![0]!["message"]!.GetValue<string>().ShouldBe(
            "The static banks add up to 268435456 bytes (256 MiB); memoryMiB is 512: they must be equal.");
    }

    [Theory]
    [InlineData("""{"allocation":"auto"}""", "arm.allocation", "direct-map-only")]
    [InlineData("""{"directMap":true,"allocation":"static"}""", "arm.staticMemory", "required")]
    [InlineData("""{"directMap":true,"staticMemory":[{"start":"0x50000000","end":"0x60000000"}]}""", "arm.staticMemory", "not-allowed")]
    [InlineData("""{"directMap":true,"allocation":"buddy"}""", "arm.allocation", "invalid-value")]
    [InlineData("""{"vcpus":0}""", "arm.vcpus", "out-of-range")]
    [InlineData("""{"vcpus":129}""", "arm.vcpus", "out-of-range")]
    public async Task Create_ArmRuleBroken_400NamingTheField(string arm, string field, string code)
    {
        var body = ArmHosts.Domain("vm-1", 256, JsonNode.Parse(arm)!.AsObject());

        using var response = await Client.PostDomainAsync(ArmHosts.Name, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldContain((field, code));
    }

    [Fact]
    public async Task CreateAndPlan_RequestForTheOtherArchitecture_422AndNothingCreated()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory());
        await Client.CreateHostAsync("xen-1", Hosts.Inventories.Laptop());

        using var x86OnArm = await Client.PostDomainAsync(ArmHosts.Name, """{"name":"vm-1","memoryMiB":256}""");
        using var armOnX86 = await Client.PostDomainAsync("xen-1", ArmHosts.Ordinary("vm-1", 256));
        using var planOnArm = await Client.PostAsync($"/v1/hosts/{ArmHosts.Name}/plans", HttpAssertions.Json("""{"memoryMiB":256}"""));

        (await x86OnArm.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "request-architecture-mismatch"))["detail"]!
            .GetValue<string>().ShouldContain("arm64");
        await armOnX86.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "request-architecture-mismatch");
        await planOnArm.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "request-architecture-mismatch");
        (await Client.ListDomainIdsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task MigrationCheck_ArmDomain_422()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory());
        await Client.CreateHostAsync("xen-1", Hosts.Inventories.Laptop());
        var domain = await Client.CreateDomainAsync(ArmHosts.Name, ArmHosts.Auto("dm-1", 256));

        using var check = await Client.PostAsync($"/v1/domains/{domain.Id()}/migration-checks", HttpAssertions.Json("{}"));
        using var move = await Client.PostAsync($"/v1/domains/{domain.Id()}/migrations", HttpAssertions.Json("""{"target":"xen-1"}"""));

        await check.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "architecture-not-supported");
        await move.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "architecture-not-supported");
    }

    [Fact]
    public async Task Fragmentation_X86Host_422_UnknownHost_404()
    {
        await Client.CreateHostAsync("xen-1", Hosts.Inventories.Laptop());

        using var x86 = await Client.GetAsync("/v1/hosts/xen-1/fragmentation");
        using var unknown = await Client.GetAsync("/v1/hosts/nowhere/fragmentation");

        await x86.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "architecture-not-supported");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "host-not-found");
    }
}
