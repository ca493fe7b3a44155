using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosts;

/// <summary>A device's MMIO (aligned, inside the address space, never RAM) and SPIs (32-1019, no repeats), on arm64.</summary>
public sealed class HostArmDeviceValidationTests : HostValidationTest
{
    [Theory]
    [InlineData("""{ "devices[1].mmio": [ null ] }""", "devices[1].mmio[0]", "required")]
    [InlineData("""{ "devices[1].mmio[0].end": null }""", "devices[1].mmio[0].end", "required")]
    [InlineData("""{ "devices[1].mmio[0].start": "0xZZ" }""", "devices[1].mmio[0].start", "invalid-number")]
    [InlineData("""{ "devices[1].mmio[0].end": "0xfff0000" }""", "devices[1].mmio[0].end", "region-empty")]
    [InlineData("""{ "devices[1].mmio[0].end": "0x10000000" }""", "devices[1].mmio[0].end", "region-empty")]
    [InlineData("""{ "devices[1].mmio[0].start": "0x10000800" }""", "devices[1].mmio[0].start", "region-not-aligned")]
    [InlineData("""{ "devices[1].mmio[0]": { "start": "0xfffffffff000", "end": "0x1000000001000" } }""", "devices[1].mmio[0].end", "region-beyond-address-space")]
    [InlineData("""{ "devices[1].mmio[1]": { "start": "0x7ffff000", "end": "0x80001000" } }""", "devices[1].mmio[1]", "overlaps-ram")]
    [InlineData("""{ "devices[1].spis[0]": 31 }""", "devices[1].spis[0]", "out-of-range")]
    [InlineData("""{ "devices[1].spis[0]": 1020 }""", "devices[1].spis[0]", "out-of-range")]
    [InlineData("""{ "devices[1].spis[1]": 35 }""", "devices[1].spis[1]", "duplicate")]
    public async Task Put_BadDeviceMmioOrSpi_ViolationAtField(string edits, string field, string code)
    {
        await ShouldRejectAsync(Inventories.ArmGicV3().Edited(edits), (field, code));
    }

    [Fact]
    public async Task Put_TooManyMmioRanges_TooMany()
    {
        var document = Inventories.ArmGicV3().Edited($$"""{ "devices[1].mmio": {{Inventories.Ranges(0x1000_0000, 65)}} }""");

        await ShouldRejectAsync(document, ("devices[1].mmio", "too-many"));
    }

    [Fact]
    public async Task Put_TooManySpis_TooMany()
    {
        var document = Inventories.ArmGicV3().Edited($$"""{ "devices[1].spis": [ {{string.Join(", ", Enumerable.Range(32, 65))}} ] }""");

        await ShouldRejectAsync(document, ("devices[1].spis", "too-many"));
    }

    [Fact]
    public async Task Put_TwoDevicesShareAnMmioPage_Created()
    {
        var document = Inventories.ArmGicV3().Edited("""{ "devices[0].mmio": [ { "start": "0x10000000", "end": "0x10001000" } ] }""");

        var created = await Client.CreateHostAsync(Host, document);

        created["devices"]![0]!["mmio"]![0]!["start"]!.GetValue<string>().ShouldBe("0x10000000");
    }
}
