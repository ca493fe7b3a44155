using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Placement.Api.Tests.Hosts;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Plans;

/// <summary>
/// A feasible plan with a passed-through IGD, as docs/api.md shows it: every field, lower-case hex, a
/// sorted E820, the BARs of bus 0 (IDE, xen-platform, cirrus, then the IGD at 00:04.0) as hvmloader places them.
/// </summary>
public sealed partial class PlanResponseShapeTests : ApiTest
{
    private const string Host = "xen-r12-07";

    // The product example on the laptop: both RMRRs lie above the 2 GiB boundary, so low RAM ends
    // at 0xab800000 (0xab80a000 rounded down to 2 MiB) and the 0x44800000 bytes moved go above 4G.
    private const string Expected = $$"""
        {
          "feasible": true,
          "layout": {
            "lowMemEnd": "0xab800000", "highMemEnd": "0x154000000", "mmioHoleStart": "0xf0000000",
            "guestMemoryMap": [
              { "start": "0x100000", "end": "0xab800000", "type": "ram" },
              { "start": "0xab80a000", "end": "0xab81e000", "type": "reserved" },
              { "start": "0xad000000", "end": "0xaf800000", "type": "reserved" },
              { "start": "0x100000000", "end": "0x154000000", "type": "ram" }
            ],
            "e820": [
              { "start": "0x0", "end": "0xa0000", "type": "ram" },
              { "start": "0xd0000", "end": "0x100000", "type": "reserved" },
              { "start": "0x100000", "end": "0xab800000", "type": "ram" },
              { "start": "0xab80a000", "end": "0xab81e000", "type": "reserved" },
              { "start": "0xad000000", "end": "0xaf800000", "type": "reserved" },
              { "start": "0xfc000000", "end": "0xfc011000", "type": "nvs" },
              { "start": "0xfc011000", "end": "0x100000000", "type": "reserved" },
              { "start": "0x100000000", "end": "0x154000000", "type": "ram" }
            ],
            "reservedDeviceMemory": [
              { "start": "0xab80a000", "end": "0xab81e000", "policy": "relaxed", "source": "host", "status": "reserved" },
              { "start": "0xad000000", "end": "0xaf800000", "policy": "strict", "source": "host", "status": "reserved" }
            ],
            "bars": {{BusZero.IgdWithDefaults}},
            "mmioHoleMiBNeeded": 256
          },
          "devices": [ { "sbdf": "0000:00:02.0", "rdmPolicy": "strict", "outcome": "assigned", "findings": [] } ],
          "findings": []
        }
        """;

    private static readonly string[] AddressFields = ["lowMemEnd", "highMemEnd", "mmioHoleStart", "start", "end"];

    [Fact]
    public async Task Post_ProductExample_FullResponseAsContract()
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop());

        var plan = await Client.PlanAsync(Host, PlanRequests.ProductExample);

        plan.ShouldEqualJson(JsonNode.Parse(Expected));
    }

    [Fact]
    public async Task Post_ProductExample_E820SortedFromLegacyRamAndAddressesLowerCaseHex()
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop());

        var plan = await Client.PlanAsync(Host, PlanRequests.ProductExample);

        var e820 = plan["layout"]!["e820"]!.AsArray().Select(e => Convert.ToUInt64(e!["start"]!.GetValue<string>(), 16)).ToList();
        e820.ShouldBeInOrder(SortDirection.Ascending);
        plan["layout"]!["e820"]![0].ShouldEqualJson(JsonNode.Parse("""{ "start": "0x0", "end": "0xa0000", "type": "ram" }"""));
        var addresses = Addresses(plan).ToList();
        addresses.Count.ShouldBeGreaterThan(20);
        addresses.ShouldAllBe(a => LowerHex().IsMatch(a));
    }

    [Theory]
    [InlineData(null, "0xd0000")]
    [InlineData("seabios", "0xd0000")]
    [InlineData("ovmf", "0xf0000")]
    public async Task Post_Firmware_BiosAreaStartsAtItsBase(string? firmware, string biosBase)
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop());
        var request = JsonNode.Parse(PlanRequests.ProductExample)!.AsObject();
        request["firmware"] = firmware;

        using var response = await Client.PostPlanAsync(Host, request);

        var plan = await response.ShouldBeJsonAsync(System.Net.HttpStatusCode.OK);
        plan["layout"]!["e820"]![1].ShouldEqualJson(JsonNode.Parse($$"""{ "start": "{{biosBase}}", "end": "0x100000", "type": "reserved" }"""));
    }

    /// <summary>Every address-valued string of the document, wherever it is nested.</summary>
    private static IEnumerable<string> Addresses(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => AddressFields.Contains(p.Key) && p.Value is JsonValue v ? [v.GetValue<string>()] : Addresses(p.Value)),
        JsonArray a => a.SelectMany(Addresses),
        _ => [],
    };

    [GeneratedRegex("^0x(0|[1-9a-f][0-9a-f]*)$")]
    private static partial Regex LowerHex();
}
