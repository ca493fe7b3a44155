using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using Placement.TestSupport;

namespace Placement.Api.Tests.Hosts;

/// <summary>PUT of a new host: 201, ETag "1", Location, and the canonical document (as GET reads it).</summary>
public sealed class HostCreateTests : ApiTest
{
    // Out of order, mixed notation: integer and upper-case hex addresses, a segment-less PCI
    // address, defaults left out.
    private const string Messy = """
        {
          "architecture": "x86_64", "memoryMiB": 65536, "physAddressBits": 46, "iommu": true,
          "labels": { "rack": "r12", "gpu": "igd" },
          "devices": [
            { "sbdf": "00:14.0", "description": "USB xHCI", "bars": [ { "index": 0, "size": 65536, "is64Bit": true } ] },
            { "sbdf": "0000:00:1F.3", "description": "HD Audio" },
            { "sbdf": "0000:00:02.0", "description": "Intel IGD", "iommuProtected": false,
              "vendorId": "0X8086", "deviceId": "0x9A49", "classCode": "0x030000", "labels": { "model": "uhd", "gen": "12" },
              "bars": [ { "index": 2, "kind": "memory", "size": "0X10000000", "is64Bit": true, "prefetchable": true },
                        { "index": 0, "kind": "memory", "size": "0x1000000", "is64Bit": true } ] }
          ],
          "reservedRegions": [
            { "start": "0xAD000000", "end": 2944401408, "devices": ["00:02.0"] },
            { "start": 2877333504, "end": "0xab81e000", "devices": ["0000:00:14.0"] }
          ]
        }
        """;

    // The same inventory as the contract prints it: devices by PCI address, regions by start,
    // lower-case hex, segments added, defaults (memory kind, not 64-bit/prefetchable, the host's iommu) filled in,
    // absent identities as nulls and no labels.
    private const string Canonical = """
        {
          "name": "xen-r12-07", "generation": 1,
          "architecture": "x86_64", "memoryMiB": 65536, "physAddressBits": 46, "iommu": true,
          "labels": { "gpu": "igd", "rack": "r12" },
          "devices": [
            { "sbdf": "0000:00:02.0", "description": "Intel IGD", "iommuProtected": false,
              "bars": [ { "index": 0, "kind": "memory", "size": "0x1000000", "is64Bit": true, "prefetchable": false },
                        { "index": 2, "kind": "memory", "size": "0x10000000", "is64Bit": true, "prefetchable": true } ],
              "mmio": [], "spis": [],
              "vendorId": "0x8086", "deviceId": "0x9a49", "classCode": "0x030000", "numaNode": null, "labels": { "gen": "12", "model": "uhd" } },
            { "sbdf": "0000:00:14.0", "description": "USB xHCI", "iommuProtected": true,
              "bars": [ { "index": 0, "kind": "memory", "size": "0x10000", "is64Bit": true, "prefetchable": false } ], "mmio": [], "spis": [],
              "vendorId": null, "deviceId": null, "classCode": null, "numaNode": null, "labels": {} },
            { "sbdf": "0000:00:1f.3", "description": "HD Audio", "iommuProtected": true, "bars": [], "mmio": [], "spis": [],
              "vendorId": null, "deviceId": null, "classCode": null, "numaNode": null, "labels": {} }
          ],
          "reservedRegions": [
            { "start": "0xab80a000", "end": "0xab81e000", "devices": ["0000:00:14.0"] },
            { "start": "0xad000000", "end": "0xaf800000", "devices": ["0000:00:02.0"] }
          ],
          "arm": null
        }
        """;

    [Fact]
    public async Task Put_NewHost_CreatedWithCanonicalDocumentEqualToGet()
    {
        var expected = JsonNode.Parse(Canonical)!.AsObject();
        expected["createdAt"] = JsonAssertions.Written(TestClock.Start);
        expected["updatedAt"] = JsonAssertions.Written(TestClock.Start);
        expected["caller"] = "test-admin";

        using var put = await Client.PutHostAsync("xen-r12-07", Messy);
        var created = await put.ShouldBeJsonAsync(HttpStatusCode.Created);
        created.ShouldEqualJson(expected);
        put.Headers.ETag!.Tag.ShouldBe(JsonAssertions.Tag(1));
        put.Headers.ETag.IsWeak.ShouldBeFalse();
        var location = put.Headers.Location!;
        new Uri(Client.BaseAddress!, location).AbsolutePath.ShouldBe("/v1/hosts/xen-r12-07");

        using var get = await Client.GetAsync(location);
        var read = await get.ShouldBeJsonAsync(HttpStatusCode.OK);
        read.ShouldEqualJson(expected);
        get.Headers.ETag!.Tag.ShouldBe(JsonAssertions.Tag(1));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Put_DeviceWithoutIommuProtected_InheritsHostIommu(bool iommu)
    {
        var document = Inventories.Arm().Edited($$"""{ "iommu": {{(iommu ? "true" : "false")}} }""");

        var created = await Client.CreateHostAsync("arm-1", document);

        created["iommu"]!.GetValue<bool>().ShouldBe(iommu);
        created["devices"]!.AsArray().Select(d => d!["iommuProtected"]!.GetValue<bool>()).ShouldBe([iommu]);
        using var get = await Client.GetHostAsync("arm-1");
        (await get.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(created);
    }

    [Fact]
    public async Task Put_AdjacentRegions_CreatedBecauseEndsAreExclusive()
    {
        // [0xab80a000, 0xab81e000) and [0xab81e000, 0xab820000) touch but do not overlap.
        var document = Inventories.Laptop().Edited("""
            { "reservedRegions[2]": { "start": "0xab81e000", "end": "0xab820000", "devices": ["00:02.0"] } }
            """);

        var created = await Client.CreateHostAsync("xen-1", document);

        created["reservedRegions"]!.AsArray().Select(r => (r!["start"]!.GetValue<string>(), r["end"]!.GetValue<string>()))
            .ShouldBe([("0xab80a000", "0xab81e000"), ("0xab81e000", "0xab820000"), ("0xad000000", "0xaf800000")]);
        created["reservedRegions"]![1]!["devices"].ShouldEqualJson(JsonNode.Parse("""["0000:00:02.0"]"""));
    }
}
