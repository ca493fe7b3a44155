namespace Placement.Api.Tests.Hosts;

/// <summary>The host-level fields, required fields, and that one response lists every broken rule.</summary>
public sealed class HostDocumentValidationTests : HostValidationTest
{
    [Theory]
    [InlineData("""{ "memoryMiB": 0 }""", "memoryMiB", "out-of-range")]
    [InlineData("""{ "memoryMiB": -1 }""", "memoryMiB", "out-of-range")]
    [InlineData("""{ "memoryMiB": 67108865 }""", "memoryMiB", "out-of-range")] // 1 MiB more than 2^46 bytes
    [InlineData("""{ "physAddressBits": 32 }""", "memoryMiB", "out-of-range")] // 64 GiB in a 4 GiB space
    [InlineData("""{ "memoryMiB": 17592186044416 }""", "memoryMiB", "out-of-range")] // 2^64 bytes
    [InlineData("""{ "memoryMiB": 9223372036854775807 }""", "memoryMiB", "out-of-range")]
    [InlineData("""{ "physAddressBits": 20 }""", "physAddressBits", "out-of-range")]
    [InlineData("""{ "physAddressBits": 31 }""", "physAddressBits", "out-of-range")]
    [InlineData("""{ "physAddressBits": 53 }""", "physAddressBits", "out-of-range")]
    [InlineData("""{ "physAddressBits": 64 }""", "physAddressBits", "out-of-range")]
    [InlineData("""{ "physAddressBits": -1 }""", "physAddressBits", "out-of-range")]
    [InlineData("""{ "architecture": "sparc" }""", "architecture", "invalid-value")]
    [InlineData("""{ "architecture": "X86_64" }""", "architecture", "invalid-value")]
    [InlineData("""{ "labels": { "bad key": "r12" } }""", "labels.bad key", "invalid-label")]
    [InlineData("""{ "labels": { "rack": "r 12" } }""", "labels.rack", "invalid-label")]
    public async Task Put_BadHostField_ViolationAtField(string edits, string field, string code)
    {
        await ShouldRejectAsync(Inventories.Laptop().Edited(edits), (field, code));
    }

    [Theory]
    [InlineData("architecture")]
    [InlineData("memoryMiB")]
    [InlineData("physAddressBits")]
    [InlineData("iommu")]
    [InlineData("devices[0].sbdf")]
    [InlineData("devices[0].bars[0].index")]
    [InlineData("devices[0].bars[0].size")]
    [InlineData("reservedRegions[0].start")]
    [InlineData("reservedRegions[0].end")]
    [InlineData("reservedRegions[0].devices")]
    public async Task Put_MissingRequiredField_Required(string field)
    {
        await ShouldRejectAsync(Inventories.Laptop().Edited($$"""{ "{{field}}": null }"""), (field, "required"));
    }

    [Fact]
    public async Task Put_SeveralUnreadableFields_AllListed()
    {
        var document = Inventories.Laptop().Edited("""
            { "architecture": "sparc", "iommu": null, "devices[1].sbdf": "00:20.0",
              "devices[0].bars[0].size": null, "reservedRegions[0].start": "0xZZ" }
            """);

        await ShouldRejectAsync(
            document,
            ("architecture", "invalid-value"),
            ("iommu", "required"),
            ("devices[1].sbdf", "invalid-pci-address"),
            ("devices[0].bars[0].size", "required"),
            ("reservedRegions[0].start", "invalid-number"));
    }

    [Fact]
    public async Task Put_SeveralBrokenRules_AllListed()
    {
        var document = Inventories.Laptop().Edited("""
            { "memoryMiB": 134217728, "labels": { "bad key": "r12" },
              "devices[0].bars[0].size": "0x1800000",
              "reservedRegions[0].start": "0xab80a800",
              "reservedRegions[1].devices[1]": "0000:00:1f.3",
              "reservedRegions[2]": { "start": "0xad100000", "end": "0xad200000", "devices": ["00:14.0"] } }
            """);

        await ShouldRejectAsync(
            document,
            ("memoryMiB", "out-of-range"),
            ("labels.bad key", "invalid-label"),
            ("devices[0].bars[0].size", "not-power-of-two"),
            ("reservedRegions[0].start", "region-not-aligned"),
            ("reservedRegions[1].devices[1]", "region-device-unknown"),
            ("reservedRegions[2]", "region-overlap"));
    }

    [Fact]
    public async Task Put_UnreadableFieldAndBrokenRule_BothListed()
    {
        var document = Inventories.Laptop().Edited("""{ "architecture": "sparc", "reservedRegions[0].start": "0xab80a800" }""");

        await ShouldRejectAsync(document, ("architecture", "invalid-value"), ("reservedRegions[0].start", "region-not-aligned"));
    }
}
