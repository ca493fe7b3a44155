using System.Text.Json.Nodes;
using Placement.Api.Tests.Hosts;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Plans;

/// <summary>Per-device outcomes: unknown, unprotected and shared-RMRR devices, and a domain larger than its host.</summary>
public sealed class PlanDeviceOutcomeTests : ApiTest
{
    private const string Host = "xen-1";

    [Fact]
    public async Task Post_DeviceNotInInventory_RefusedDeviceUnknown()
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop());

        var plan = await Client.PlanAsync(Host, """{ "memoryMiB": 2048, "devices": [ { "sbdf": "00:1f.3" } ] }""");

        plan["feasible"]!.GetValue<bool>().ShouldBeFalse();
        plan["devices"].ShouldEqualJson(JsonNode.Parse("""
            [ { "sbdf": "0000:00:1f.3", "rdmPolicy": "strict", "outcome": "refused", "findings": [
                { "severity": "error", "code": "device-unknown", "message": "Device 0000:00:1f.3 is not in the host's inventory.",
                  "start": null, "end": null, "sbdf": "0000:00:1f.3" } ] } ]
            """));
        plan["findings"].Findings().ShouldBe([("error", "device-unknown", null, "0000:00:1f.3")]);
        plan["layout"]!["guestMemoryMap"].ShouldBeNull();
    }

    [Fact]
    public async Task Post_DeviceWithoutIommu_RefusedDeviceWithoutIommu()
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop().Edited("""{ "devices[1].iommuProtected": false }"""));

        var plan = await Client.PlanAsync(Host, """{ "memoryMiB": 2048, "devices": [ { "sbdf": "0000:00:14.0" } ] }""");

        plan["feasible"]!.GetValue<bool>().ShouldBeFalse();
        var device = plan["devices"]!.AsArray().Single()!;
        device["sbdf"]!.GetValue<string>().ShouldBe("0000:00:14.0");
        device["outcome"]!.GetValue<string>().ShouldBe("refused");
        device["findings"].Findings().ShouldBe([("error", "device-without-iommu", null, "0000:00:14.0")]);
        plan["findings"].Findings().ShouldBe([("error", "device-without-iommu", null, "0000:00:14.0")]);
    }

    [Theory]
    [InlineData("strict", false, "refused", "error")]
    [InlineData("relaxed", true, "assigned-with-warnings", "warning")]
    public async Task Post_DeviceWithSharedRmrr_OutcomeByPolicy(string policy, bool feasible, string outcome, string severity)
    {
        // The xHCI RMRR (above the boundary, so no RAM conflict) is shared with a second USB controller.
        await Client.CreateHostAsync(Host, Inventories.Laptop().Edited("""
            { "devices[2]": { "sbdf": "0000:00:1a.0", "description": "USB EHCI" },
              "reservedRegions[0].devices": ["0000:00:14.0", "0000:00:1a.0"] }
            """));

        var plan = await Client.PlanAsync(Host, $$"""{ "memoryMiB": 2048, "devices": [ { "sbdf": "00:14.0", "rdmPolicy": "{{policy}}" } ] }""");

        plan["feasible"]!.GetValue<bool>().ShouldBe(feasible);
        var device = plan["devices"]!.AsArray().Single()!;
        device["rdmPolicy"]!.GetValue<string>().ShouldBe(policy);
        device["outcome"]!.GetValue<string>().ShouldBe(outcome);
        device["findings"].Findings().ShouldBe([(severity, "shared-rmrr", "0xab80a000", "0000:00:14.0")]);
        device["findings"]![0]!["end"]!.GetValue<string>().ShouldBe("0xab81e000");
        device["findings"]![0]!["message"]!.GetValue<string>().ShouldContain("0000:00:1a.0");
        plan["findings"].Findings().ShouldBe([(severity, "shared-rmrr", "0xab80a000", "0000:00:14.0")]);
        (plan["layout"]!["guestMemoryMap"] is null).ShouldBe(!feasible);
    }

    [Fact]
    public async Task Post_MemoryAboveHostMemory_InsufficientMemory()
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop());

        var plan = await Client.PlanAsync(Host, """{ "memoryMiB": 65537 }""");

        plan["feasible"]!.GetValue<bool>().ShouldBeFalse();
        plan["devices"]!.AsArray().ShouldBeEmpty();
        plan["findings"].Findings().ShouldBe([("error", "insufficient-memory", null, null)]);
        plan["findings"]![0]!["message"]!.GetValue<string>().ShouldBe("The domain needs 65537 MiB; the host has 65536 MiB.");
        plan["layout"]!["lowMemEnd"]!.GetValue<string>().ShouldBe("0xf0000000");
    }

    [Fact]
    public async Task Post_MemoryEqualToHostMemory_Feasible()
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop());

        var plan = await Client.PlanAsync(Host, """{ "memoryMiB": 65536 }""");

        plan["feasible"]!.GetValue<bool>().ShouldBeTrue();
        plan["findings"]!.AsArray().ShouldBeEmpty();
    }
}
