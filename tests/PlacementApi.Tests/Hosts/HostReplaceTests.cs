using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using Placement.TestSupport;

namespace Placement.Api.Tests.Hosts;

/// <summary>PUT of an existing host: 200, the next generation, and the new document in place of the old one.</summary>
public sealed class HostReplaceTests : ApiTest
{
    private static readonly TimeSpan Later = TimeSpan.FromMinutes(90);

    [Fact]
    public async Task Put_ExistingHost_ReplacedWithNextGenerationAndTimestamps()
    {
        await Client.CreateHostAsync("xen-1", Inventories.Laptop());
        Api.Clock.Advance(Later);

        using var put = await Client.PutHostAsync("xen-1", Inventories.Laptop());

        var replaced = await put.ShouldBeJsonAsync(HttpStatusCode.OK);
        put.Headers.ETag!.Tag.ShouldBe(JsonAssertions.Tag(2));
        put.Headers.Location.ShouldBeNull();
        replaced["generation"]!.GetValue<long>().ShouldBe(2);
        replaced["createdAt"].ShouldEqualJson(JsonAssertions.Written(TestClock.Start));
        replaced["updatedAt"].ShouldEqualJson(JsonAssertions.Written(TestClock.Start + Later));
        using var get = await Client.GetHostAsync("xen-1");
        (await get.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(replaced);
        get.Headers.ETag!.Tag.ShouldBe(JsonAssertions.Tag(2));
    }

    [Fact]
    public async Task Put_DocumentWithoutADeviceAndOtherLabels_ReplacesEverything()
    {
        await Client.CreateHostAsync("xen-1", Inventories.Laptop());
        var smaller = Inventories.Laptop().Edited("""
            { "labels": { "tier": "gold" }, "devices[1]": null, "reservedRegions[0]": null, "memoryMiB": 32768 }
            """);

        using var put = await Client.PutHostAsync("xen-1", smaller);

        var expected = JsonNode.Parse("""
            {
              "name": "xen-1", "generation": 2,
              "architecture": "x86_64", "memoryMiB": 32768, "physAddressBits": 46, "iommu": true,
              "labels": { "tier": "gold" },
              "devices": [
                { "sbdf": "0000:00:02.0", "description": "Intel IGD", "iommuProtected": true,
                  "bars": [ { "index": 0, "kind": "memory", "size": "0x1000000", "is64Bit": true, "prefetchable": false } ],
                  "mmio": [], "spis": [], "vendorId": null, "deviceId": null, "classCode": null, "numaNode": null, "labels": {} }
              ],
              "reservedRegions": [ { "start": "0xad000000", "end": "0xaf800000", "devices": ["0000:00:02.0"] } ],
              "arm": null, "caller": "test-admin"
            }
            """)!.AsObject();
        expected["createdAt"] = JsonAssertions.Written(TestClock.Start);
        expected["updatedAt"] = JsonAssertions.Written(TestClock.Start);
        (await put.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(expected);
        using var get = await Client.GetHostAsync("xen-1");
        (await get.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(expected);
    }

    [Fact]
    public async Task Put_DocumentWithoutLabelsDevicesOrRegions_LeavesThemEmpty()
    {
        await Client.CreateHostAsync("xen-1", Inventories.Laptop());
        var bare = Inventories.Laptop().Edited("""{ "labels": null, "devices": null, "reservedRegions": null }""");

        using var put = await Client.PutHostAsync("xen-1", bare);

        var replaced = await put.ShouldBeJsonAsync(HttpStatusCode.OK);
        replaced["labels"].ShouldEqualJson(new JsonObject());
        replaced["devices"].ShouldEqualJson(new JsonArray());
        replaced["reservedRegions"].ShouldEqualJson(new JsonArray());
        using var get = await Client.GetHostAsync("xen-1");
        (await get.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(replaced);
    }
}
