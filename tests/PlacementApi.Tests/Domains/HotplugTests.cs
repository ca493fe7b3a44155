using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using Placement.Api.Tests.Plans;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Domains;

/// <summary>Hotplugs refused or answered without a check: busy, unknown, destroyed, missing, invalid; and the default policy.</summary>
public sealed class HotplugTests : ApiTest
{
    [Fact]
    public async Task Hotplug_DeviceHeldByOtherDomain_DeviceRefusedDeviceBusy()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var holder = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));
        var other = await Client.CreateDomainAsync(Host, Bare("vm-2"));

        using var response = await Client.HotplugAsync(other.Id(), """{ "sbdf": "0000:00:02.0" }""");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "device-refused");
        problem["findings"].Findings().ShouldBe([("error", "device-busy", null, Igd)]);
        problem["findings"]![0].Text("message").ShouldBe($"Device 0000:00:02.0 is assigned to domain {holder.Id()}.");
        problem["device"]!["outcome"]!.GetValue<string>().ShouldBe("refused");
        (await Client.ReadDomainAsync(other.Id()))["devices"]!.AsArray().ShouldBeEmpty();
        (await Client.ReadDomainAsync(holder.Id()))["devices"]!.AsArray().Select(d => d.Text("sbdf")).ShouldBe([Igd]);
    }

    [Fact]
    public async Task Hotplug_DeviceTheDomainHolds_DeviceRefusedAlreadyAssigned()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var domain = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));

        using var response = await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:02.0" }""");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "device-refused");
        problem["findings"].Findings().ShouldBe([("error", "device-busy", null, Igd)]);
        problem["findings"]![0].Text("message").ShouldBe("Device 0000:00:02.0 is already assigned to this domain.");
    }

    [Fact]
    public async Task Hotplug_DeviceNotInInventory_DeviceRefusedDeviceUnknown()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var domain = await Client.CreateDomainAsync(Host, Bare("vm-1"));

        using var response = await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:1f.3", "rdmPolicy": "relaxed" }""");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "device-refused");
        problem["device"].ShouldEqualJson(JsonNode.Parse("""
            { "sbdf": "0000:00:1f.3", "rdmPolicy": "relaxed", "outcome": "refused", "findings": [
              { "severity": "error", "code": "device-unknown", "message": "Device 0000:00:1f.3 is not in the host's inventory.",
                "start": null, "end": null, "sbdf": "0000:00:1f.3" } ] }
            """));
        problem["findings"].ShouldEqualJson(problem["device"]!["findings"]);
    }

    [Fact]
    public async Task Hotplug_DestroyedDomain_DomainDestroyed()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var domain = await Client.CreateDomainAsync(Host, Bare("vm-1"));
        (await Client.DestroyDomainAsync(domain.Id())).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var response = await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:02.0" }""");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "domain-destroyed");
        problem["detail"]!.GetValue<string>().ShouldBe($"Domain {domain.Id()} was destroyed: it takes no devices.");
        (await Client.ReadHistoryAsync(domain.Id())).ShouldBeEmpty();
    }

    [Fact]
    public async Task Hotplug_UnknownDomain_DomainNotFound()
    {
        using var response = await Client.HotplugAsync("0192f0c1-6e1a-7cc3-9a43-35c0d9b2f1e4", """{ "sbdf": "00:02.0" }""");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "domain-not-found");
    }

    [Theory]
    [InlineData("""{ }""", "sbdf", "required")]
    [InlineData("""{ "sbdf": "00:02" }""", "sbdf", "invalid-pci-address")]
    [InlineData("""{ "sbdf": "00:02.0", "rdmPolicy": "lenient" }""", "rdmPolicy", "invalid-value")]
    public async Task Hotplug_InvalidBody_ValidationFailed(string body, string field, string code)
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var domain = await Client.CreateDomainAsync(Host, Bare("vm-1"));

        using var response = await Client.HotplugAsync(domain.Id(), body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([(field, code)]);
        (await Client.ReadHistoryAsync(domain.Id())).ShouldBeEmpty();
    }

    [Fact]
    public async Task Hotplug_DeviceWhoseRdmWasDropped_StrictWithoutPolicyRelaxedOnlyWhenAsked()
    {
        // xl passes no policy to a hotplug: the device is strict, whatever the domain's rdm policy (§6 rule 4).
        await Client.CreateHostAsync(Host, Hotplug());
        var domain = await Client.CreateDomainAsync(Host,
            """{ "name": "vm-1", "memoryMiB": 4096, "rdm": { "strategy": "host", "policy": "relaxed" }, "rdmMemBoundaryMiB": 3072, "passthrough": "enabled" }""");
        const string dropped = "Cannot set up identity map [0xa0000000, 0xa3800000) for 0000:00:14.0: the RDM [0xa0000000, 0xa3800000) was dropped at creation and is guest RAM.";

        using var strict = await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:14.0" }""");
        using var relaxed = await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:14.0", "rdmPolicy": "relaxed" }""");

        var refused = await strict.ShouldBeProblemAsync(HttpStatusCode.Conflict, "device-refused");
        refused["device"]!["rdmPolicy"]!.GetValue<string>().ShouldBe("strict");
        refused["findings"]!.AsArray().Select(f => (f!["severity"]!.GetValue<string>(), f["code"]!.GetValue<string>())).ShouldBe([("error", "identity-map-conflict")]);
        refused["detail"]!.GetValue<string>().ShouldStartWith(dropped);
        var assignment = await relaxed.ShouldBeJsonAsync(HttpStatusCode.Created);
        assignment["rdmPolicy"]!.GetValue<string>().ShouldBe("relaxed");
        assignment["outcome"]!.GetValue<string>().ShouldBe("assigned-with-warnings");
        assignment["findings"]!.AsArray().ShouldHaveSingleItem()!["message"]!.GetValue<string>().ShouldStartWith(dropped);
    }
}
