namespace Placement.Api.Tests.Hosts;

/// <summary>Reserved regions: [start, end) in hex, 4 KiB aligned, non-empty, non-overlapping, inside the address space, scoped to listed devices.</summary>
public sealed class HostRegionValidationTests : HostValidationTest
{
    [Theory]
    [InlineData("""{ "reservedRegions[0].devices[0]": "zz:00.0" }""", "reservedRegions[0].devices[0]", "invalid-pci-address")]
    [InlineData("""{ "reservedRegions[1].devices[1]": "0000:00:20.0" }""", "reservedRegions[1].devices[1]", "invalid-pci-address")]
    [InlineData("""{ "reservedRegions[0].start": "0xab80a800" }""", "reservedRegions[0].start", "region-not-aligned")]
    [InlineData("""{ "reservedRegions[0].end": "0xab81e800" }""", "reservedRegions[0].end", "region-not-aligned")]
    [InlineData("""{ "reservedRegions[0].end": "0xab80a000" }""", "reservedRegions[0].end", "region-empty")]
    [InlineData("""{ "reservedRegions[0].end": "0xab809000" }""", "reservedRegions[0].end", "region-empty")]
    [InlineData("""{ "reservedRegions[1].devices[1]": "0000:00:1f.3" }""", "reservedRegions[1].devices[1]", "region-device-unknown")]
    [InlineData("""{ "reservedRegions[1].devices": [] }""", "reservedRegions[1].devices", "region-without-devices")]
    [InlineData("""{ "reservedRegions[1].devices[1]": "00:02.0" }""", "reservedRegions[1].devices[1]", "duplicate")]
    [InlineData("""{ "reservedRegions[0].start": "1234" }""", "reservedRegions[0].start", "invalid-number")]
    [InlineData("""{ "reservedRegions[0].end": "0xZZ" }""", "reservedRegions[0].end", "invalid-number")]
    [InlineData("""{ "reservedRegions[0].end": "0x" }""", "reservedRegions[0].end", "invalid-number")]
    [InlineData("""{ "reservedRegions[0].start": -4096 }""", "reservedRegions[0].start", "invalid-number")]
    [InlineData("""{ "reservedRegions[0].start": 2877333504.5 }""", "reservedRegions[0].start", "invalid-number")]
    [InlineData("""{ "reservedRegions[0].start": "0x10000000000000000" }""", "reservedRegions[0].start", "invalid-number")]
    public async Task Put_BadRegion_ViolationAtRegionField(string edits, string field, string code)
    {
        await ShouldRejectAsync(Inventories.Laptop().Edited(edits), (field, code));
    }

    [Fact]
    public async Task Put_InclusiveLookingEnd_NotAlignedWithExclusiveHint()
    {
        var problem = await ShouldRejectAsync(
            Inventories.Laptop().Edited("""{ "reservedRegions[0].end": "0xab81dfff" }"""),
            ("reservedRegions[0].end", "region-not-aligned"));

        var message = MessageAt(problem, "reservedRegions[0].end");
        message.ShouldContain("exclusive");
        message.ShouldContain("0xab81e000");
    }

    [Fact]
    public async Task Put_UnalignedEndNotEndingInFff_NoExclusiveHint()
    {
        var problem = await ShouldRejectAsync(
            Inventories.Laptop().Edited("""{ "reservedRegions[0].end": "0xab81e800" }"""),
            ("reservedRegions[0].end", "region-not-aligned"));

        MessageAt(problem, "reservedRegions[0].end").ShouldNotContain("exclusive");
    }

    [Theory]
    [InlineData("0xad100000", "0xad200000", 1)] // inside reservedRegions[1]
    [InlineData("0xab800000", "0xab80b000", 1)] // starts below reservedRegions[0], overlaps its first page
    [InlineData("0xab81d000", "0xad001000", 2)] // overlaps both
    public async Task Put_OverlappingRegion_OverlapOnTheLaterRegion(string start, string end, int overlapped)
    {
        var document = Inventories.Laptop().Edited($$"""
            { "reservedRegions[2]": { "start": "{{start}}", "end": "{{end}}", "devices": ["00:02.0"] } }
            """);

        var problem = await ShouldRejectAsync(document, [.. Enumerable.Repeat(("reservedRegions[2]", "region-overlap"), overlapped)]);

        problem["errors"]!["reservedRegions[2]"]!.AsArray().Count.ShouldBe(overlapped);
    }

    [Fact]
    public async Task Put_RegionBeyondAddressSpace_RegionBeyondAddressSpace()
    {
        var document = Inventories.Laptop().Edited("""
            { "physAddressBits": 32, "memoryMiB": 2048,
              "reservedRegions[1].start": "0xfffff000", "reservedRegions[1].end": "0x100001000" }
            """);

        await ShouldRejectAsync(document, ("reservedRegions[1].end", "region-beyond-address-space"));
    }
}
