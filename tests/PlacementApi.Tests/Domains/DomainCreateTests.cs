using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using Placement.Api.Tests.Plans;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Domains;

/// <summary>A create that succeeds: the domain with its defaults, layout and devices, readable at its Location.</summary>
public sealed class DomainCreateTests : ApiTest
{
    // 4096 MiB less 8 of video RAM: low RAM up to the 256 MiB hole, 0xf800000 bytes above 4G; no RDM reserved.
    private const string Expected = $$"""
        {
          "name": "vm-1", "host": "xen-1", "state": "live",
          "request": { "name": "vm-1", "memoryMiB": 4096, "videoRamMiB": 8, "hap": true, "mmioHoleMiB": null,
                       "rdm": { "strategy": "ignore", "policy": null }, "rdmMemBoundaryMiB": 2048, "firmware": "seabios",
                       "devices": [ { "sbdf": "0000:00:02.0", "rdmPolicy": null } ],
                       "vga": "cirrus", "xenPlatformPci": true, "nics": [], "passthrough": "enabled" },
          "layout": {
            "lowMemEnd": "0xf0000000", "highMemEnd": "0x10f800000", "mmioHoleStart": "0xf0000000",
            "guestMemoryMap": [ { "start": "0x100000", "end": "0xf0000000", "type": "ram" },
                                { "start": "0x100000000", "end": "0x10f800000", "type": "ram" } ],
            "e820": [ { "start": "0x0", "end": "0xa0000", "type": "ram" },
                      { "start": "0xd0000", "end": "0x100000", "type": "reserved" },
                      { "start": "0x100000", "end": "0xf0000000", "type": "ram" },
                      { "start": "0xfc000000", "end": "0xfc011000", "type": "nvs" },
                      { "start": "0xfc011000", "end": "0x100000000", "type": "reserved" },
                      { "start": "0x100000000", "end": "0x10f800000", "type": "ram" } ],
            "reservedDeviceMemory": [],
            "bars": {{BusZero.IgdWithDefaults}},
            "mmioHoleMiBNeeded": 256
          },
          "devices": [ { "sbdf": "0000:00:02.0", "rdmPolicy": "strict", "outcome": "assigned", "findings": [],
                         "assignedAt": "2026-11-01T08:00:00+00:00", "identityMaps": [] } ],
          "findings": [],
          "createdAt": "2026-11-01T08:00:00+00:00",
          "destroyedAt": null
        }
        """;

    [Fact]
    public async Task Post_IgdWithDefaults_CreatedWithLayoutDevicesAndFilledRequest()
    {
        await Client.CreateHostAsync(Host, Hotplug());

        using var response = await Client.PostDomainAsync(Host, """{ "name": "vm-1", "memoryMiB": 4096, "devices": [ { "sbdf": "00:02.0" } ] }""");

        var domain = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        Guid.TryParse(domain.Id(), out _).ShouldBeTrue();
        response.Headers.Location.ShouldBe(DomainRequests.Absolute(DomainRequests.DomainPath(domain.Id())));
        var expected = JsonNode.Parse(Expected)!.AsObject();
        expected["id"] = domain.Id();
        domain.ShouldEqualJson(expected);
        (await Client.ReadDomainAsync(domain.Id())).ShouldEqualJson(expected);
    }

    [Fact]
    public async Task Post_Created_HistoryHasOneAssignedLinePerDeviceAtCreation()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        Api.Clock.Advance(TimeSpan.FromHours(1));

        var domain = await Client.CreateDomainAsync(Host,
            """{ "name": "vm-1", "memoryMiB": 2048, "devices": [ { "sbdf": "00:14.0", "rdmPolicy": "relaxed" }, { "sbdf": "00:02.0" } ] }""");

        domain["createdAt"].ShouldEqualJson(DomainRequests.At(Start.AddHours(1)));
        domain["devices"]!.AsArray().Select(d => (d.Text("sbdf"), d.Text("rdmPolicy"), d.Text("outcome")))
            .ShouldBe([(Xhci, "relaxed", "assigned"), (Igd, "strict", "assigned")]);
        var history = await Client.ReadHistoryAsync(domain.Id());
        history.Select(e => (e.Text("kind"), e.Text("sbdf"), e.Text("rdmPolicy"), e.Text("outcome")))
            .ShouldBe([("assigned", Xhci, "relaxed", "assigned"), ("assigned", Igd, "strict", "assigned")]);
        history.ShouldAllBe(e => JsonNode.DeepEquals(e!["at"], domain["createdAt"]));
    }

    [Fact]
    public async Task Post_HostStrategyRdmBelowBoundaryRelaxed_CreatedWithWarningAndRdmDropped()
    {
        // With the boundary at 3 GiB the xHCI RMRR (at 2.5 GiB) is not moved around: relaxed drops it, it stays RAM.
        await Client.CreateHostAsync(Host, Hotplug());

        var domain = await Client.CreateDomainAsync(Host,
            """{ "name": "vm-1", "memoryMiB": 4096, "rdm": { "strategy": "host", "policy": "relaxed" }, "rdmMemBoundaryMiB": 3072 }""");

        domain["findings"].ShouldEqualJson(JsonNode.Parse("""
            [ { "severity": "warning", "code": "rdm-conflict-ignored", "message": "Ignoring RDM conflict at 0xa0000000. The region [0xa0000000, 0xa3800000) of 0000:00:14.0 lies in guest RAM at or below rdmMemBoundaryMiB (3072): rdmMemBoundaryMiB 2559 moves low RAM below it; it stays RAM and the device using it may misbehave.",
                "start": "0xa0000000", "end": "0xa3800000", "sbdf": null } ]
            """));
        domain["layout"]!["reservedDeviceMemory"].ShouldEqualJson(JsonNode.Parse("""
            [ { "start": "0xa0000000", "end": "0xa3800000", "policy": "relaxed", "source": "host", "status": "dropped" } ]
            """));
        domain["request"]!["rdm"].ShouldEqualJson(JsonNode.Parse("""{ "strategy": "host", "policy": "relaxed" }"""));
        domain["request"]!["rdmMemBoundaryMiB"]!.GetValue<long>().ShouldBe(3072);
    }
}
