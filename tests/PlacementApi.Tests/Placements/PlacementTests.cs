using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Placements.Fleet;

namespace Placement.Api.Tests.Placements;

/// <summary>POST /v1/placements: which hosts and devices, best first, and why the rest cannot take the domain.</summary>
public sealed class PlacementTests : ApiTest
{
    [Fact]
    public async Task Place_TwinGpusOneWithRmrrInGuestRam_ChoosesTheTwinWithout()
    {
        await Client.CreateHostAsync("xen-1", Host(65536, Gpu("0000:01:00.0", rmrr: InRam), Gpu("0000:02:00.0")));

        var placement = await Client.ReadPlacementAsync(OneGpu());

        var candidate = placement["candidates"]!.AsArray().Single()!;
        candidate["host"]!.GetValue<string>().ShouldBe("xen-1");
        candidate["devices"]!.ShouldEqualJson(JsonNode.Parse("""[ { "request": "gpu", "sbdf": "0000:02:00.0", "rdmPolicy": "strict" } ]"""));
        candidate["outcome"]!.GetValue<string>().ShouldBe("assigned");
        candidate["freeMemoryMiB"]!.GetValue<long>().ShouldBe(65536 - 4096);
        candidate["layout"]!["lowMemEnd"]!.GetValue<string>().ShouldStartWith("0x");
        placement["evaluated"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task Place_OnlyGpuHasRmrrInGuestRam_HostRejectedForRdmConflict()
    {
        await Client.CreateHostAsync("xen-1", Host(65536, Gpu("0000:01:00.0", rmrr: InRam)));

        var placement = await Client.ReadPlacementAsync(OneGpu());

        placement.Hosts().ShouldBeEmpty();
        placement.Rejected().ShouldBe(new Dictionary<string, int> { ["rdm-conflict"] = 1 });
    }

    [Fact]
    public async Task Place_HostsWithoutMemoryOrDevice_CountedByReason()
    {
        await Client.CreateHostAsync("xen-small", Host(2048, Gpu("0000:01:00.0")));
        await Client.CreateHostAsync("xen-nics", Host(65536, Nic("0000:03:00.0")));
        await Client.CreateHostAsync("xen-gpu", Host(65536, Gpu("0000:01:00.0")));

        var placement = await Client.ReadPlacementAsync(OneGpu());

        placement.Hosts().ShouldBe(["xen-gpu"]);
        placement["evaluated"]!.GetValue<int>().ShouldBe(3);
        placement.Rejected().ShouldBe(new Dictionary<string, int> { ["insufficient-memory"] = 1, ["no-matching-device"] = 1 });
    }

    [Theory]
    [InlineData("spread", new[] { "xen-big", "xen-mid", "xen-small" })]
    [InlineData("pack", new[] { "xen-small", "xen-mid", "xen-big" })]
    public async Task Place_Strategy_OrdersByFreeMemoryLeft(string strategy, string[] expected)
    {
        await Client.CreateHostAsync("xen-mid", Host(32768, Gpu("0000:01:00.0")));
        await Client.CreateHostAsync("xen-big", Host(65536, Gpu("0000:01:00.0")));
        await Client.CreateHostAsync("xen-small", Host(16384, Gpu("0000:01:00.0")));

        var placement = await Client.ReadPlacementAsync(OneGpu($$"""{ "strategy": "{{strategy}}" }"""));

        placement.Hosts().ShouldBe(expected);
    }

    [Fact]
    public async Task Place_EqualFreeMemory_ByHostName()
    {
        foreach (var name in new[] { "xen-c", "xen-a", "xen-b" })
        {
            await Client.CreateHostAsync(name, Host(65536, Gpu("0000:01:00.0")));
        }

        (await Client.ReadPlacementAsync(OneGpu())).Hosts().ShouldBe(["xen-a", "xen-b", "xen-c"]);
    }

    [Fact]
    public async Task Place_GpuHeldByLiveDomain_NotFreeAndItsMemoryCounted()
    {
        await Client.CreateHostAsync("xen-1", Host(65536, Gpu("0000:01:00.0"), Gpu("0000:02:00.0")));
        await Client.CreateDomainAsync("xen-1", JsonNode.Parse("""{ "name": "vm-1", "memoryMiB": 8192, "devices": [ { "sbdf": "0000:01:00.0" } ] }""")!);

        var candidate = (await Client.ReadPlacementAsync(OneGpu()))["candidates"]![0]!;

        candidate.Devices().ShouldBe(["0000:02:00.0"]);
        candidate["freeMemoryMiB"]!.GetValue<long>().ShouldBe(65536 - 8192 - 4096);
        var busy = await Client.ReadPlacementAsync(OneGpu("""{ "deviceRequests": [ { "name": "gpu", "vendorId": "0x10de", "count": 2 } ] }"""));
        busy.Rejected().ShouldBe(new Dictionary<string, int> { ["no-matching-device"] = 1 });
    }

    [Theory]
    [InlineData("0x03", true)]
    [InlineData("0x0302", true)]
    [InlineData("0x030200", true)]
    [InlineData("0x0300", false)]
    [InlineData("0x02", false)]
    public async Task Place_ClassCodePrefix_MatchesByPrefix(string prefix, bool matches)
    {
        await Client.CreateHostAsync("xen-1", Host(65536, Gpu("0000:01:00.0")));

        var placement = await Client.ReadPlacementAsync(OneGpu($$"""{ "deviceRequests": [ { "classCode": "{{prefix}}" } ] }"""));

        placement.Hosts().Count.ShouldBe(matches ? 1 : 0);
    }

    [Fact]
    public async Task Place_SameNumaNode_ChoosesDevicesOfOneNode()
    {
        await Client.CreateHostAsync("xen-1", Host(65536, Gpu("0000:01:00.0", numa: 0), Nic("0000:02:00.0", numa: 1), Nic("0000:03:00.0", numa: 0)));

        var placement = await Client.ReadPlacementAsync(OneGpu("""
            { "sameNumaNode": true, "deviceRequests": [ { "name": "gpu", "vendorId": "0x10de" }, { "name": "nic", "classCode": "0x02" } ] }
            """));

        placement["candidates"]![0]!.Devices().ShouldBe(["0000:01:00.0", "0000:03:00.0"]);
    }

    [Fact]
    public async Task Place_HostFilterLabelsAndNames_OnlyThoseHosts()
    {
        await Client.CreateHostAsync("xen-1", Host(65536, new JsonObject { ["rack"] = "r12" }, Gpu("0000:01:00.0")));
        await Client.CreateHostAsync("xen-2", Host(65536, new JsonObject { ["rack"] = "r13" }, Gpu("0000:01:00.0")));
        await Client.CreateHostAsync("xen-3", Host(65536, new JsonObject { ["rack"] = "r12" }, Gpu("0000:01:00.0")));

        var byLabel = await Client.ReadPlacementAsync(OneGpu("""{ "hosts": { "labels": { "rack": "r12" } } }"""));
        var byName = await Client.ReadPlacementAsync(OneGpu("""{ "hosts": { "names": [ "xen-2", "xen-9" ] } }"""));

        byLabel.Hosts().ShouldBe(["xen-1", "xen-3"]);
        byLabel["evaluated"]!.GetValue<int>().ShouldBe(2);
        byName.Hosts().ShouldBe(["xen-2"]);
    }

    [Fact]
    public async Task Place_Limit_FirstCandidatesOnly()
    {
        foreach (var (name, memory) in new[] { ("xen-a", 16384L), ("xen-b", 65536L), ("xen-c", 32768L) })
        {
            await Client.CreateHostAsync(name, Host(memory, Gpu("0000:01:00.0")));
        }

        (await Client.ReadPlacementAsync(OneGpu("""{ "limit": 2 }"""))).Hosts().ShouldBe(["xen-b", "xen-c"]);
    }

    [Fact]
    public async Task Place_Arm64HostFilter_ArchitectureNotSupported()
    {
        using var response = await Client.PlaceAsync(OneGpu("""{ "hosts": { "architecture": "arm64" } }"""));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "architecture-not-supported");
        problem["detail"]!.GetValue<string>().ShouldContain("x86_64");
    }

    [Fact]
    public async Task Place_BrokenFields_EveryViolationAtItsPath()
    {
        using var response = await Client.PlaceAsync(OneGpu("""
            { "memoryMiB": 0, "strategy": "fill", "limit": 0,
              "hosts": { "architecture": "sparc", "names": [ "Xen_1" ] },
              "deviceRequests": [ { "name": "gpu", "vendorId": "0x10d", "classCode": "0x0", "count": 0 }, { "name": "gpu" } ] }
            """));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe(
            [
                ("memoryMiB", "out-of-range"),
                ("hosts.architecture", "invalid-value"),
                ("hosts.names[0]", "invalid-host-name"),
                ("deviceRequests[0].count", "out-of-range"),
                ("deviceRequests[0].vendorId", "invalid-pci-id"),
                ("deviceRequests[0].classCode", "invalid-class-code"),
                ("strategy", "invalid-value"),
                ("limit", "out-of-range"),
                ("deviceRequests[1].name", "duplicate"),
            ],
            ignoreOrder: true);
    }
}
