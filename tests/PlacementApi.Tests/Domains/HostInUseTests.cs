using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Hosts;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Domains;

/// <summary>PUT /v1/hosts/{host} while live domains use the host: what they hold may not change, the rest may.</summary>
public sealed class HostInUseTests : ApiTest
{
    [Fact]
    public async Task Put_RemovingHeldDeviceAndShrinkingMemory_HostInUseAndHostKept()
    {
        await Client.CreateHostAsync(Host, Hotplug());
        var domain = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));
        using var before = await Client.GetHostAsync(Host);
        var current = await before.ShouldBeJsonAsync(HttpStatusCode.OK);

        using var response = await Client.PutHostAsync(Host, Hotplug().Edited("""{ "memoryMiB": 4095, "devices[0]": null }"""));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "host-in-use");
        problem["conflicts"].ShouldEqualJson(JsonNode.Parse($$"""
            [ { "field": "memoryMiB", "code": "memory-in-use", "message": "Live domains use 4096 MiB; the host may not have less." },
              { "field": "devices", "code": "device-in-use",
                "message": "Device 0000:00:02.0 is assigned to domain {{domain.Id()}}: it may not be removed." } ]
            """));
        using var after = await Client.GetHostAsync(Host);
        (await after.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(current);
        after.Headers.ETag.ShouldBe(before.Headers.ETag);
    }

    [Fact]
    public async Task Put_ChangingHeldDevice_DeviceInUseAtItsIndex()
    {
        await Client.CreateHostAsync(Host, Hotplug());
        var domain = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));

        using var response = await Client.PutHostAsync(Host, Hotplug().Edited("""{ "devices[0].description": "Intel UHD 770" }"""));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "host-in-use");
        problem["conflicts"].ShouldEqualJson(JsonNode.Parse($$"""
            [ { "field": "devices[0]", "code": "device-in-use",
                "message": "Device 0000:00:02.0 is assigned to domain {{domain.Id()}}: it may not change." } ]
            """));
    }

    [Fact]
    public async Task Put_ChangingRmrrOfHeldDevice_AcceptedAndTheDomainKeepsItsLayoutUntilItReboots()
    {
        await Client.CreateHostAsync(Host, Hotplug());
        var domain = await Client.CreateDomainAsync(Host, """{ "name": "vm-1", "memoryMiB": 2048, "devices": [ { "sbdf": "00:14.0" } ] }""");

        using var response = await Client.PutHostAsync(Host, Hotplug().Edited("""{ "reservedRegions[0].end": "0xa4000000" }"""));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await Client.ReadDomainAsync(domain.Id()))["layout"].ShouldEqualJson(domain["layout"]);
    }

    [Fact]
    public async Task Put_IdentityOfHeldDeviceAddedOrChanged_Ok()
    {
        // What a device is (ids, NUMA node, labels) selects it; the domain holding it keeps what it was given.
        await Client.CreateHostAsync(Host, Hotplug());
        await Client.CreateDomainAsync(Host, WithIgd("vm-1"));

        using var added = await Client.PutHostAsync(Host, Hotplug().Edited("""
            { "devices[0].vendorId": "0x8086", "devices[0].deviceId": "0x9a49", "devices[0].labels": { "model": "uhd" } }
            """));
        using var changed = await Client.PutHostAsync(Host, Hotplug().Edited("""{ "devices[0].numaNode": 0, "devices[0].labels": { "model": "xe" } }"""));

        (await added.ShouldBeJsonAsync(HttpStatusCode.OK))["devices"]![0].Text("vendorId").ShouldBe("0x8086");
        var host = await changed.ShouldBeJsonAsync(HttpStatusCode.OK);
        host["devices"]![0]!["vendorId"].ShouldBeNull();
        host["devices"]![0]!["labels"].ShouldEqualJson(JsonNode.Parse("""{ "model": "xe" }"""));
    }

    [Fact]
    public async Task Put_IommuOffOrOtherArchitecture_HostInUse()
    {
        await Client.CreateHostAsync(Host, Hotplug());
        await Client.CreateDomainAsync(Host, WithIgd("vm-1"));

        using var iommuOff = await Client.PutHostAsync(Host, Hotplug().Edited("""{ "iommu": false }"""));
        using var arm = await Client.PutHostAsync(Host, Hotplug().Edited($$"""{ "architecture": "arm64", "arm": {{Inventories.ArmSection(65536).ToJsonString()}} }"""));

        var problem = await iommuOff.ShouldBeProblemAsync(HttpStatusCode.Conflict, "host-in-use");
        problem["conflicts"].ShouldEqualJson(JsonNode.Parse("""
            [ { "field": "iommu", "code": "host-in-use", "message": "The IOMMU may not be turned off while devices are assigned." } ]
            """));
        var conflicts = (await arm.ShouldBeProblemAsync(HttpStatusCode.Conflict, "host-in-use"))["conflicts"]!.AsArray();
        conflicts[0].ShouldEqualJson(JsonNode.Parse("""
            { "field": "architecture", "code": "host-in-use", "message": "The architecture may not change while domains live on the host." }
            """));
    }

    [Fact]
    public async Task Put_ChangesNoLiveDomainUses_Ok()
    {
        // The IGD is held; the xHCI and its RMRR are free, labels and spare memory belong to nobody.
        await Client.CreateHostAsync(Host, Hotplug());
        await Client.CreateDomainAsync(Host, WithIgd("vm-1"));
        var replacement = Hotplug().Edited("""
            { "memoryMiB": 4096, "labels": { "rack": "r13" }, "devices[1].description": "USB 3 xHCI",
              "reservedRegions[0].end": "0xa4000000" }
            """);

        using var response = await Client.PutHostAsync(Host, replacement);

        var host = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        host["memoryMiB"]!.GetValue<long>().ShouldBe(4096);
        host["labels"].ShouldEqualJson(JsonNode.Parse("""{ "rack": "r13" }"""));
        host["reservedRegions"]![0].Text("end").ShouldBe("0xa4000000");
    }
}
