using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Hosts;
using Placement.Api.Tests.Infrastructure;
using Placement.Api.Tests.Plans;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Domains;

/// <summary>
/// Hotplug of a device whose RMRR it shares with another (§6 step 1): risky within one domain under
/// relaxed (one identity map serves both), refused when another domain holds the sharer.
/// </summary>
public sealed class HotplugSharedRmrrTests : ApiTest
{
    private const string Ehci = "0000:00:1a.0";

    private static JsonObject SharedUsb() => Inventories.Laptop().Edited("""
        { "devices[2]": { "sbdf": "0000:00:1a.0", "description": "USB EHCI" },
          "reservedRegions[0].devices": ["0000:00:14.0", "0000:00:1a.0"] }
        """);

    [Fact]
    public async Task Hotplug_RelaxedSharerOfDeviceTheDomainHolds_AssignedWithSharedRmrrWarning()
    {
        await Client.CreateHostAsync(Host, SharedUsb());
        var domain = await Client.CreateDomainAsync(Host,
            """{ "name": "vm-1", "memoryMiB": 4096, "devices": [ { "sbdf": "00:14.0", "rdmPolicy": "relaxed" } ] }""");

        using var response = await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:1a.0", "rdmPolicy": "relaxed" }""");

        var assignment = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        assignment.Text("outcome").ShouldBe("assigned-with-warnings");
        assignment["findings"].Findings().ShouldBe([("warning", "shared-rmrr", "0xab80a000", Ehci)]);
    }

    [Fact]
    public async Task Hotplug_SharerOfDeviceAnotherDomainHolds_DeviceRefusedRmrrSharedWithOtherDomain()
    {
        await Client.CreateHostAsync(Host, SharedUsb());
        var holder = await Client.CreateDomainAsync(Host,
            """{ "name": "vm-1", "memoryMiB": 2048, "devices": [ { "sbdf": "00:14.0", "rdmPolicy": "relaxed" } ] }""");
        var other = await Client.CreateDomainAsync(Host, """{ "name": "vm-2", "memoryMiB": 2048, "rdm": { "strategy": "host" }, "passthrough": "enabled" }""");

        using var response = await Client.HotplugAsync(other.Id(), """{ "sbdf": "00:1a.0", "rdmPolicy": "relaxed" }""");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "device-refused");
        problem["findings"].Findings().ShouldBe(
            [("warning", "shared-rmrr", "0xab80a000", Ehci), ("error", "rmrr-shared-with-other-domain", "0xab80a000", Ehci)]);
        problem["findings"]![1].Text("message").ShouldContain($"which domain {holder.Id()} holds");
        problem["detail"]!.GetValue<string>().ShouldBe(problem["findings"]![1].Text("message"));
        (await Client.ReadDomainAsync(other.Id()))["devices"]!.AsArray().ShouldBeEmpty();
    }
}
