using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosts;

/// <summary>The GIC and the console: the frames of their version, aligned, apart from each other and from RAM.</summary>
public sealed class HostArmGicValidationTests : HostValidationTest
{
    [Theory]
    [InlineData("""{ "arm.gic.version": null }""", "arm.gic.version", "required")]
    [InlineData("""{ "arm.gic.version": 4 }""", "arm.gic.version", "invalid-value")]
    [InlineData("""{ "arm.gic.distributorBase": null }""", "arm.gic.distributorBase", "required")]
    [InlineData("""{ "arm.gic.distributorBase": "8000000" }""", "arm.gic.distributorBase", "invalid-number")]
    [InlineData("""{ "arm.gic.distributorBase": "0x8000800" }""", "arm.gic.distributorBase", "region-not-aligned")]
    [InlineData("""{ "arm.gic.distributorBase": "0x40000000" }""", "arm.gic.distributorBase", "overlaps-ram")]
    [InlineData("""{ "arm.gic.distributorBase": "0x1000000000000" }""", "arm.gic.distributorBase", "region-beyond-address-space")]
    [InlineData("""{ "arm.gic.distributorBase": "0xffffffffffffffff" }""", "arm.gic.distributorBase", "region-beyond-address-space")]
    [InlineData("""{ "arm.gic.cpuInterfaceBase": null }""", "arm.gic.cpuInterfaceBase", "required")]
    [InlineData("""{ "arm.gic.cpuInterfaceBase": "0x8000000" }""", "arm.gic.cpuInterfaceBase", "region-overlap")]
    [InlineData("""{ "arm.gic.cpuInterfaceBase": "0x7ffff000" }""", "arm.gic.cpuInterfaceBase", "overlaps-ram")]
    [InlineData("""{ "arm.gic.redistributors": [ { "start": "0x80a0000", "end": "0x8ba0000" } ] }""", "arm.gic.redistributors", "not-allowed")]
    public async Task Put_BadGicV2_ViolationAtField(string edits, string field, string code)
    {
        await ShouldRejectAsync(Inventories.Arm().Edited(edits), (field, code));
    }

    [Theory]
    [InlineData("""{ "arm.gic.cpuInterfaceBase": "0x8010000" }""", "arm.gic.cpuInterfaceBase", "not-allowed")]
    [InlineData("""{ "arm.gic.redistributors": null }""", "arm.gic.redistributors", "required")]
    [InlineData("""{ "arm.gic.redistributors": [] }""", "arm.gic.redistributors", "required")]
    [InlineData("""{ "arm.gic.distributorBase": "0x8001000" }""", "arm.gic.distributorBase", "region-not-aligned")]
    [InlineData("""{ "arm.gic.redistributors[0].start": "0x80a1000" }""", "arm.gic.redistributors[0].start", "region-not-aligned")]
    [InlineData("""{ "arm.gic.redistributors[0].end": "0x80a0000" }""", "arm.gic.redistributors[0].end", "region-empty")]
    [InlineData("""{ "arm.gic.redistributors[1].start": null }""", "arm.gic.redistributors[1].start", "required")]
    [InlineData("""{ "arm.gic.redistributors[1]": { "start": "0x40000000", "end": "0x40100000" } }""", "arm.gic.redistributors[1]", "overlaps-ram")]
    [InlineData("""{ "arm.gic.redistributors[1]": { "start": "0x8b00000", "end": "0x8c00000" } }""", "arm.gic.redistributors[1]", "region-overlap")]
    [InlineData("""{ "arm.console.base": null }""", "arm.console.base", "required")]
    [InlineData("""{ "arm.console.spi": null }""", "arm.console.spi", "required")]
    [InlineData("""{ "arm.console.size": "0x" }""", "arm.console.size", "invalid-number")]
    [InlineData("""{ "arm.console.base": "0x9000800" }""", "arm.console.base", "region-not-aligned")]
    [InlineData("""{ "arm.console.size": "0x0" }""", "arm.console.size", "region-empty")]
    [InlineData("""{ "arm.console.size": "0x800" }""", "arm.console.size", "region-not-aligned")]
    [InlineData("""{ "arm.console.spi": 31 }""", "arm.console.spi", "out-of-range")]
    [InlineData("""{ "arm.console.spi": 1020 }""", "arm.console.spi", "out-of-range")]
    [InlineData("""{ "arm.console.base": "0x7ffff000" }""", "arm.console.base", "overlaps-ram")]
    [InlineData("""{ "arm.console.base": "0x8000000" }""", "arm.console.base", "region-overlap")]
    [InlineData("""{ "arm.console.base": "0xfffffffffffff000", "arm.console.size": "0x2000" }""", "arm.console.base", "region-beyond-address-space")]
    public async Task Put_BadGicV3OrConsole_ViolationAtField(string edits, string field, string code)
    {
        await ShouldRejectAsync(Inventories.ArmGicV3().Edited(edits), (field, code));
    }

    [Fact]
    public async Task Put_TooManyRedistributorRegions_TooMany()
    {
        var document = Inventories.ArmGicV3().Edited($$"""{ "arm.gic.redistributors": {{Inventories.Ranges(0x1000_0000, 65, 0x20000)}} }""");

        await ShouldRejectAsync(document, ("arm.gic.redistributors", "too-many"));
    }

    [Theory]
    [InlineData(32)]
    [InlineData(1019)]
    public async Task Put_ConsoleSpiAtEitherEnd_Created(int spi)
    {
        var created = await Client.CreateHostAsync(Host, Inventories.ArmGicV3().Edited($$"""{ "arm.console.spi": {{spi}} }"""));

        created["arm"]!["console"]!["spi"]!.GetValue<int>().ShouldBe(spi);
    }
}
