using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using Placement.TestSupport;

namespace Placement.Api.Tests.Hosts;

/// <summary>
/// PUT and GET of arm64 hosts: the arm section echoed with bases (not ranges) in lower-case hex,
/// ranges by start and SPIs ascending, whatever order and notation they were written in.
/// </summary>
public sealed class HostArmCreateTests : ApiTest
{
    // The GICv3 host written out of order, with some integer addresses.
    private static JsonObject MessyGicV3() => Inventories.ArmGicV3().Edited("""
        {
          "arm.memoryBanks": [ { "start": "0x880000000", "end": "0x2840000000" }, { "start": 1073741824, "end": "0X80000000" } ],
          "arm.gic.redistributors": [ { "start": "0x8c00000", "end": "0x8e00000" }, { "start": "0x80a0000", "end": "0x8ba0000" } ],
          "arm.console.base": 150994944,
          "devices[1].mmio": [ { "start": "0x10100000", "end": "0x10101000" }, { "start": "0x10000000", "end": "0x10004000" } ],
          "devices[1].spis": [ 36, 35 ]
        }
        """);

    private static JsonObject Expected(string gic) => Stamped(JsonNode.Parse($$"""
        {
          "name": "arm-1", "generation": 1,
          "architecture": "arm64", "memoryMiB": 131072, "physAddressBits": 48, "iommu": true,
          "labels": { "rack": "r12" },
          "devices": [
            { "sbdf": "0002:01:00.0", "description": "NIC", "iommuProtected": true,
              "bars": [ { "index": 0, "kind": "memory", "size": "0x20000", "is64Bit": true, "prefetchable": true } ],
              "mmio": [], "spis": [], "vendorId": null, "deviceId": null, "classCode": null, "numaNode": null, "labels": {} },
            { "sbdf": "0002:02:00.0", "description": "SATA", "iommuProtected": false, "bars": [],
              "mmio": [ { "start": "0x10000000", "end": "0x10004000" }, { "start": "0x10100000", "end": "0x10101000" } ],
              "spis": [ 35, 36 ], "vendorId": null, "deviceId": null, "classCode": null, "numaNode": null, "labels": {} }
          ],
          "reservedRegions": [],
          "arm": {
            "memoryBanks": [ { "start": "0x40000000", "end": "0x80000000" }, { "start": "0x880000000", "end": "0x2840000000" } ],
            "firmwareReserved": [ { "start": "0x7f000000", "end": "0x7f100000" } ],
            "directMapPool": [ { "start": "0x1000000000", "end": "0x1400000000" } ],
            "gic": {{gic}},
            "console": { "base": "0x9000000", "size": "0x1000", "spi": 33 }
          },
          "caller": "test-admin"
        }
        """)!.AsObject());

    [Fact]
    public async Task Put_GicV3HostWithEveryPart_CreatedCanonicalAndEqualToGet()
    {
        var expected = Expected("""
            { "version": 3, "distributorBase": "0x8000000", "cpuInterfaceBase": null,
              "redistributors": [ { "start": "0x80a0000", "end": "0x8ba0000" }, { "start": "0x8c00000", "end": "0x8e00000" } ] }
            """);

        var created = await Client.CreateHostAsync("arm-1", MessyGicV3());

        created.ShouldEqualJson(expected);
        using var get = await Client.GetHostAsync("arm-1");
        (await get.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(expected);
    }

    [Fact]
    public async Task Put_GicV2HostWithEveryPart_CreatedCanonicalAndEqualToGet()
    {
        var document = MessyGicV3().Edited("""
            { "arm.gic": { "version": 2, "distributorBase": 134217728, "cpuInterfaceBase": "0x8010000" } }
            """);
        var expected = Expected("""
            { "version": 2, "distributorBase": "0x8000000", "cpuInterfaceBase": "0x8010000", "redistributors": [] }
            """);

        var created = await Client.CreateHostAsync("arm-1", document);

        created.ShouldEqualJson(expected);
        using var get = await Client.GetHostAsync("arm-1");
        (await get.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(expected);
    }

    [Fact]
    public async Task Put_MinimalArmHost_OptionalPartsEmptyOrNull()
    {
        var created = await Client.CreateHostAsync("arm-1", Inventories.Arm());

        created["arm"].ShouldEqualJson(JsonNode.Parse("""
            {
              "memoryBanks": [ { "start": "0x40000000", "end": "0x80000000" }, { "start": "0x880000000", "end": "0x2840000000" } ],
              "firmwareReserved": [], "directMapPool": [],
              "gic": { "version": 2, "distributorBase": "0x8000000", "cpuInterfaceBase": "0x8010000", "redistributors": [] },
              "console": null
            }
            """));
        created["devices"]![0]!["mmio"].ShouldEqualJson(new JsonArray());
        created["devices"]![0]!["spis"].ShouldEqualJson(new JsonArray());
    }

    [Theory]
    [InlineData("gicv3")]
    [InlineData("x86")]
    public async Task Put_ReplaceArmHost_PlatformReplacedWhole(string replacement)
    {
        await Client.CreateHostAsync("arm-1", Inventories.ArmGicV3());
        var document = replacement == "x86" ? Inventories.Laptop() : Inventories.Arm().Edited("""{ "arm.gic.cpuInterfaceBase": "0x8020000" }""");

        using var put = await Client.PutHostAsync("arm-1", document);

        var replaced = await put.ShouldBeJsonAsync(HttpStatusCode.OK);
        using var get = await Client.GetHostAsync("arm-1");
        (await get.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(replaced);
        if (replacement == "x86")
        {
            replaced["arm"].ShouldBeNull();
            replaced["devices"]!.AsArray().ShouldAllBe(d => d!["mmio"]!.AsArray().Count == 0 && d["spis"]!.AsArray().Count == 0);
        }
        else
        {
            replaced["arm"]!["gic"]!["cpuInterfaceBase"]!.GetValue<string>().ShouldBe("0x8020000");
            replaced["arm"]!["directMapPool"].ShouldEqualJson(new JsonArray());
            replaced["devices"]!.AsArray().Count.ShouldBe(1);
        }
    }

    private static JsonObject Stamped(JsonObject host)
    {
        host["createdAt"] = JsonAssertions.Written(TestClock.Start);
        host["updatedAt"] = JsonAssertions.Written(TestClock.Start);
        return host;
    }
}
