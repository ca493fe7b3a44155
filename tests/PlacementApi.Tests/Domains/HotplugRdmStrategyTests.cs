using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Domains;

/// <summary>
/// Why strategy host exists (xen-rules §6 step 4): a hotplug runs against the layout fixed at
/// creation. The xHCI RMRR is guest RAM in a domain that reserved only its IGD's (none), and
/// reserved already in one that reserved every host RMRR.
/// </summary>
public sealed class HotplugRdmStrategyTests : ApiTest
{
    private const string Conflict = """
        { "severity": "error", "code": "identity-map-conflict",
          "message": "Cannot set up identity map [0xa0000000, 0xa3800000) for 0000:00:14.0: it is guest RAM. rdmPolicy relaxed attaches the device without the map there (it may misbehave); creating the domain with rdm.strategy host reserves the region and keeps it free for a later hotplug.",
          "start": "0xa0000000", "end": "0xa3800000", "sbdf": "0000:00:14.0" }
        """;

    [Theory]
    [InlineData("""{ "sbdf": "00:14.0", "rdmPolicy": "strict" }""")]
    [InlineData("""{ "sbdf": "0000:00:14.0" }""")]
    public async Task Hotplug_StrictIntoIgnoreStrategyDomain_DeviceRefusedIdentityMapConflict(string body)
    {
        await Client.CreateHostAsync(Host, Hotplug());
        var domain = await Client.CreateDomainAsync(Host, WithIgd("vm-1", "ignore"));
        domain["layout"]!["lowMemEnd"]!.GetValue<string>().ShouldBe("0xf0000000");
        domain["layout"]!["reservedDeviceMemory"]!.AsArray().ShouldBeEmpty();
        Api.Clock.Advance(TimeSpan.FromMinutes(5));

        using var hotplug = await Client.HotplugAsync(domain.Id(), body);

        var problem = await hotplug.ShouldBeProblemAsync(HttpStatusCode.Conflict, "device-refused");
        hotplug.Headers.Location.ShouldBeNull();
        problem["title"]!.GetValue<string>().ShouldBe("Device 0000:00:14.0 cannot be attached.");
        problem["detail"]!.GetValue<string>().ShouldBe("Cannot set up identity map [0xa0000000, 0xa3800000) for 0000:00:14.0: it is guest RAM. rdmPolicy relaxed attaches the device without the map there (it may misbehave); creating the domain with rdm.strategy host reserves the region and keeps it free for a later hotplug.");
        problem["findings"].ShouldEqualJson(JsonNode.Parse($"[{Conflict}]"));
        problem["device"].ShouldEqualJson(JsonNode.Parse($$"""
            { "sbdf": "0000:00:14.0", "rdmPolicy": "strict", "outcome": "refused", "findings": [{{Conflict}}] }
            """));
        var history = await Client.ReadHistoryAsync(domain.Id());
        history.Select(e => (e.Text("kind"), e.Text("sbdf"))).ShouldBe([("assigned", Igd), ("refused", Xhci)]);
        history[1]!["id"]!.GetValue<long>().ShouldBe(problem["refusalId"]!.GetValue<long>());
        history[1]!["at"].ShouldEqualJson(DomainRequests.At(Start.AddMinutes(5)));
        var after = await Client.ReadDomainAsync(domain.Id());
        after["devices"]!.AsArray().Select(d => d.Text("sbdf")).ShouldBe([Igd]);
    }

    [Fact]
    public async Task Hotplug_IntoHostStrategyDomain_CreatedAssigned()
    {
        await Client.CreateHostAsync(Host, Hotplug());
        var domain = await Client.CreateDomainAsync(Host, WithIgd("vm-1", "host"));
        domain["layout"]!["lowMemEnd"]!.GetValue<string>().ShouldBe("0xa0000000");
        domain["layout"]!["highMemEnd"]!.GetValue<string>().ShouldBe("0x15f800000");
        domain["layout"]!["reservedDeviceMemory"].ShouldEqualJson(JsonNode.Parse("""
            [ { "start": "0xa0000000", "end": "0xa3800000", "policy": "relaxed", "source": "host", "status": "reserved" } ]
            """));
        Api.Clock.Advance(TimeSpan.FromMinutes(5));

        using var hotplug = await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:14.0", "rdmPolicy": "strict" }""");

        var assignment = await hotplug.ShouldBeJsonAsync(HttpStatusCode.Created);
        // The region reserved at creation is identity-mapped for the device.
        var expected = JsonNode.Parse("""
            { "sbdf": "0000:00:14.0", "rdmPolicy": "strict", "outcome": "assigned", "findings": [],
              "identityMaps": [ { "start": "0xa0000000", "end": "0xa3800000" } ] }
            """)!.AsObject();
        expected["assignedAt"] = DomainRequests.At(Start.AddMinutes(5));
        assignment.ShouldEqualJson(expected);
        Uri.UnescapeDataString(hotplug.Headers.Location!.AbsoluteUri).ShouldBe(DomainRequests.Absolute(DomainRequests.DevicePath(domain.Id(), Xhci)).AbsoluteUri);
        using var get = await Client.GetAsync(hotplug.Headers.Location);
        (await get.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(expected);
        var after = await Client.ReadDomainAsync(domain.Id());
        after["devices"]!.AsArray().Select(d => d.Text("sbdf")).ShouldBe([Igd, Xhci]);
        after["layout"].ShouldEqualJson(domain["layout"]);
    }

    [Fact]
    public async Task Hotplug_RelaxedIntoIgnoreStrategyDomain_CreatedAssignedWithWarnings()
    {
        await Client.CreateHostAsync(Host, Hotplug());
        var domain = await Client.CreateDomainAsync(Host, WithIgd("vm-1", "ignore"));

        using var hotplug = await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:14.0", "rdmPolicy": "relaxed" }""");

        var assignment = await hotplug.ShouldBeJsonAsync(HttpStatusCode.Created);
        var warning = JsonNode.Parse(Conflict)!.AsObject();
        warning["severity"] = "warning";
        warning["message"] = "Cannot set up identity map [0xa0000000, 0xa3800000) for 0000:00:14.0: it is guest RAM. The device is attached without the map there " +
            "and may misbehave; creating the domain with rdm.strategy host reserves the region and keeps it free for a later hotplug.";
        assignment["sbdf"]!.GetValue<string>().ShouldBe(Xhci);
        assignment["rdmPolicy"]!.GetValue<string>().ShouldBe("relaxed");
        assignment["outcome"]!.GetValue<string>().ShouldBe("assigned-with-warnings");
        assignment["findings"].ShouldEqualJson(new JsonArray(warning));
        assignment["assignedAt"].ShouldEqualJson(DomainRequests.At(Start));
        assignment["identityMaps"]!.AsArray().ShouldBeEmpty(); // the region is guest RAM: not mapped
        var held = (await Client.ReadDomainAsync(domain.Id()))["devices"]!.AsArray();
        held.Select(d => (d.Text("sbdf"), d.Text("outcome"))).ShouldBe([(Igd, "assigned"), (Xhci, "assigned-with-warnings")]);
        held[1].ShouldEqualJson(assignment);
    }
}
