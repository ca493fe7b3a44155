namespace Placement.Api.Tests.Hosts;

/// <summary>Devices: PCI addresses, no duplicates (whatever the notation), BARs that real hardware can have.</summary>
public sealed class HostDeviceValidationTests : HostValidationTest
{
    [Theory]
    [InlineData("""{ "devices[0].sbdf": "00:20.0" }""", "devices[0].sbdf", "invalid-pci-address")]
    [InlineData("""{ "devices[0].description": "IGD\u0000" }""", "devices[0].description", "invalid-value")]
    [InlineData("""{ "devices[1].sbdf": "0000:00:14.8" }""", "devices[1].sbdf", "invalid-pci-address")]
    [InlineData("""{ "devices[1].sbdf": "00:14" }""", "devices[1].sbdf", "invalid-pci-address")]
    [InlineData("""{ "devices[1].sbdf": "10000:00:14.0" }""", "devices[1].sbdf", "invalid-pci-address")]
    [InlineData("""{ "devices[0].sbdf": "00:02.0", "devices[1].sbdf": "0000:00:02.0", "reservedRegions[0].devices[0]": "00:02.0" }""", "devices[1].sbdf", "duplicate")]
    [InlineData("""{ "devices[1].sbdf": "0000:00:02.0", "reservedRegions[0].devices[0]": "00:02.0" }""", "devices[1].sbdf", "duplicate")]
    public async Task Put_BadDeviceAddress_ViolationAtSbdf(string edits, string field, string code)
    {
        await ShouldRejectAsync(Inventories.Laptop().Edited(edits), (field, code));
    }

    [Theory]
    [InlineData("""{ "devices[0].bars[0].size": "0x1800000" }""", "size", "not-power-of-two")]
    [InlineData("""{ "devices[0].bars[0].size": 0 }""", "size", "not-power-of-two")]
    [InlineData("""{ "devices[0].bars[0].size": "0x800000000000" }""", "size", "out-of-range")] // 2^47 > the 46-bit space
    [InlineData("""{ "devices[0].bars[0].size": 8 }""", "size", "out-of-range")] // below 16 bytes
    [InlineData("""{ "devices[0].bars[0]": { "index": 0, "kind": "io", "size": "0x1000" } }""", "size", "out-of-range")]
    [InlineData("""{ "devices[0].bars[0]": { "index": 0, "kind": "io", "size": 2 } }""", "size", "out-of-range")]
    [InlineData("""{ "devices[0].bars[0]": { "index": 0, "kind": "rom", "size": "0x10000" } }""", "index", "out-of-range")]
    [InlineData("""{ "devices[0].bars[0]": { "index": 6, "size": "0x10000" } }""", "index", "out-of-range")]
    [InlineData("""{ "devices[0].bars[0]": { "index": -1, "size": "0x10000" } }""", "index", "out-of-range")]
    [InlineData("""{ "devices[0].bars[0].index": 5 }""", "index", "out-of-range")] // a 64-bit BAR needs slots 5 and 6
    [InlineData("""{ "devices[0].bars[0]": { "index": 0, "kind": "io", "size": 64, "is64Bit": true } }""", "is64Bit", "invalid-value")]
    [InlineData("""{ "devices[0].bars[0].kind": "mmio" }""", "kind", "invalid-value")]
    [InlineData("""{ "devices[0].bars[0].size": "1234" }""", "size", "invalid-number")]
    [InlineData("""{ "devices[0].bars[0].size": "0xZZ" }""", "size", "invalid-number")]
    public async Task Put_BadBar_ViolationAtBarField(string edits, string barField, string code)
    {
        await ShouldRejectAsync(Inventories.Laptop().Edited(edits), ($"devices[0].bars[0].{barField}", code));
    }

    [Fact]
    public async Task Put_BarInSlotOfA64BitBar_SlotTaken()
    {
        var document = Inventories.Laptop().Edited("""{ "devices[0].bars[1]": { "index": 1, "size": "0x1000" } }""");

        await ShouldRejectAsync(document, ("devices[0].bars[1].index", "bar-slot-taken"));
    }

    [Fact]
    public async Task Put_DescriptionTooLong_TooLong()
    {
        var document = Inventories.Laptop();
        document["devices"]![1]!["description"] = new string('x', 257);

        await ShouldRejectAsync(document, ("devices[1].description", "too-long"));
    }
}
