using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Plans.PoolHosts;

namespace Placement.Api.Tests.Plans;

/// <summary>Strategies explicit and pool (xen-rules §7): the ranges they reserve with the global policy, and pools that cannot be resolved.</summary>
public sealed class PlanStrategyTests : ApiTest
{
    [Fact]
    public async Task Post_ExplicitRegions_UnionReservedWithGlobalPolicy()
    {
        await Client.CreatePoolHostsAsync();

        // 0x90002000 as an integer: addresses are hex strings or integers.
        var plan = await Client.PlanAsync(Host, WithRdm("""
            { "strategy": "explicit", "policy": "strict",
              "regions": [ { "start": "0x90000000", "end": "0x90004000" }, { "start": 2415927296, "end": "0x90008000" },
                           { "start": "0x98000000", "end": "0x98001000" } ] }
            """));

        plan["feasible"]!.GetValue<bool>().ShouldBeTrue();
        plan["layout"]!.Reserved().ShouldBe(["0x90000000-0x90008000 strict explicit reserved", "0x98000000-0x98001000 strict explicit reserved"]);
        plan["layout"]!["guestMemoryMap"]![1].ShouldEqualJson(JsonNode.Parse("""{ "start": "0x90000000", "end": "0x90008000", "type": "reserved" }"""));
    }

    [Fact]
    public async Task Post_ExplicitRegionInLowRamStrict_InfeasibleWithConflict()
    {
        await Client.CreatePoolHostsAsync();

        var plan = await Client.PlanAsync(Host, WithRdm("""{ "strategy": "explicit", "policy": "strict", "regions": [ { "start": "0x20000000", "end": "0x20004000" } ] }"""));

        plan["feasible"]!.GetValue<bool>().ShouldBeFalse();
        plan["findings"].Findings().ShouldBe([("error", "rdm-conflict", "0x20000000", null)]);
    }

    [Fact]
    public async Task Post_PoolOfHosts_UnionOfTheirRegions()
    {
        await Client.CreatePoolHostsAsync();

        var plan = await Client.PlanAsync(Host, WithRdm("""{ "strategy": "pool", "policy": "relaxed", "hosts": ["xen-3", "xen-1", "xen-2"] }"""));

        plan["layout"]!.Reserved().ShouldBe(
            ["0x90000000-0x90004000 relaxed pool reserved", "0xab80a000-0xab81e000 relaxed pool reserved", "0xad000000-0xb0000000 relaxed pool reserved"]);
    }

    [Fact]
    public async Task Post_PoolByLabel_UnionOfHostsCarryingIt()
    {
        await Client.CreatePoolHostsAsync();

        var plan = await Client.PlanAsync(Host, WithRdm("""{ "strategy": "pool", "label": "rack=r12" }"""));

        plan["layout"]!.Reserved().ShouldBe(["0xab80a000-0xab81e000 relaxed pool reserved", "0xad000000-0xb0000000 relaxed pool reserved"]);
    }

    [Fact]
    public async Task Post_PoolAndDeviceInsideOneOfItsRanges_RangeTakesDevicePolicy()
    {
        await Client.CreatePoolHostsAsync();

        var plan = await Client.PlanAsync(Host, WithRdm("""{ "strategy": "pool", "label": "rack=r12" }""", """[ { "sbdf": "00:02.0" } ]"""));

        // The IGD's [0xad000000, 0xaf800000) lies inside the union [0xad000000, 0xb0000000): no entry of its own.
        plan["layout"]!.Reserved().ShouldBe(["0xab80a000-0xab81e000 relaxed pool reserved", "0xad000000-0xb0000000 strict pool reserved"]);
        plan["devices"]![0]!.Text("outcome").ShouldBe("assigned");
    }

    [Fact]
    public async Task Post_PoolNamingUnknownHosts_PoolHostNotFoundNamingThem()
    {
        await Client.CreatePoolHostsAsync();

        using var response = await Client.PostPlanAsync(Host, WithRdm("""{ "strategy": "pool", "hosts": ["xen-404", "xen-2", "xen-405"] }"""));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "pool-host-not-found");
        problem["detail"]!.GetValue<string>().ShouldBe("There is no host named 'xen-404', 'xen-405'.");
        problem["hosts"].ShouldEqualJson(JsonNode.Parse("""["xen-404", "xen-405"]"""));
    }

    [Fact]
    public async Task Post_PoolLabelNoHostCarries_PoolEmpty()
    {
        await Client.CreatePoolHostsAsync();

        using var response = await Client.PostPlanAsync(Host, WithRdm("""{ "strategy": "pool", "label": "rack=r99" }"""));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "pool-empty");
        problem["detail"]!.GetValue<string>().ShouldBe("No host carries label rack=r99: the pool has no hosts.");
        problem["label"]!.GetValue<string>().ShouldBe("rack=r99");
    }

    [Fact]
    public async Task Post_PoolOnUnknownHost_HostNotFound()
    {
        using var response = await Client.PostPlanAsync("xen-9", WithRdm("""{ "strategy": "pool", "hosts": ["xen-404"] }"""));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "host-not-found");
    }
}
