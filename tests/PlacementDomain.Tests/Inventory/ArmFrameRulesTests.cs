using Placement.Domain.Arm;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Inventory.ArmTestInventory;

namespace Placement.Domain.Tests.Inventory;

/// <summary>The GIC and console: frames of their version, aligned, apart from each other and from RAM.</summary>
public sealed class ArmFrameRulesTests
{
    [Fact]
    public void Check_UnknownGicVersion_InvalidValue() =>
        WithGic(Platform.Gic with { Version = (GicVersion)4 }).Violations().ShouldBeSingle("arm.gic.version", "invalid-value");

    [Fact]
    public void Check_GicV2WithoutCpuInterface_Required() =>
        WithGic(Platform.Gic with { CpuInterface = null }).Violations().ShouldBeSingle("arm.gic.cpuInterfaceBase", "required");

    [Fact]
    public void Check_GicV2WithRedistributors_NotAllowed() =>
        WithGic(Platform.Gic with { Redistributors = [Range(0x80a_0000, 0x8ba_0000)] }).Violations()
            .ShouldBeSingle("arm.gic.redistributors", "not-allowed");

    [Fact]
    public void Check_GicV3WithCpuInterface_NotAllowed() =>
        WithGic(GicV3Example().Arm!.Gic with { CpuInterface = Frame(0x801_0000, Gic.CpuInterfaceSize) }).Violations()
            .ShouldBeSingle("arm.gic.cpuInterfaceBase", "not-allowed");

    [Fact]
    public void Check_GicV3WithoutRedistributors_Required() =>
        WithGic(GicV3(0x800_0000)).Violations().ShouldBeSingle("arm.gic.redistributors", "required");

    [Fact]
    public void Check_GicV3WithTooManyRedistributorRegions_TooMany()
    {
        var regions = Enumerable.Range(0, ArmPlatformRules.MaxRedistributorRegions + 1)
            .Select(i => Frame(0x1000_0000 + ((ulong)i * 0x2_0000), new ByteSize(0x2_0000))).ToArray();

        WithGic(GicV3(0x800_0000, regions)).Violations().ShouldBeSingle("arm.gic.redistributors", "too-many");
    }

    [Theory]
    [InlineData(0x80a_1000UL, 0x8ba_0000UL, "arm.gic.redistributors[0].start", "region-not-aligned")]
    [InlineData(0x80a_0000UL, 0x8ba_1000UL, "arm.gic.redistributors[0].end", "region-not-aligned")]
    [InlineData(0x80a_0000UL, 0x80a_0000UL, "arm.gic.redistributors[0].end", "region-empty")]
    [InlineData(0x4000_0000UL, 0x4010_0000UL, "arm.gic.redistributors[0]", "overlaps-ram")]
    [InlineData(0x800_0000UL, 0x810_0000UL, "arm.gic.redistributors[0]", "region-overlap")]
    public void Check_BadRedistributorRegion_ViolationAtRegion(ulong start, ulong end, string path, string code) =>
        WithGic(GicV3(0x800_0000, Range(start, end))).Violations().ShouldBeSingle(path, code);

    [Fact]
    public void Check_GicV3DistributorOnlyPageAligned_NotAligned() =>
        WithGic(GicV3(0x800_1000, Range(0x80a_0000, 0x8ba_0000))).Violations()
            .ShouldBeSingle("arm.gic.distributorBase", "region-not-aligned").Message.ShouldContain("64 KiB");

    [Theory]
    [InlineData(0x800_0800UL, 0x801_0000UL, "arm.gic.distributorBase", "region-not-aligned")]
    [InlineData(0x800_0000UL, 0x801_0800UL, "arm.gic.cpuInterfaceBase", "region-not-aligned")]
    [InlineData(0x4000_0000UL, 0x801_0000UL, "arm.gic.distributorBase", "overlaps-ram")]
    [InlineData(0x800_0000UL, 0x7fff_f000UL, "arm.gic.cpuInterfaceBase", "overlaps-ram")]
    [InlineData(0x800_0000UL, 0x800_0000UL, "arm.gic.cpuInterfaceBase", "region-overlap")]
    [InlineData(0x100_0000_0000UL, 0x801_0000UL, "arm.gic.distributorBase", "region-beyond-address-space")]
    public void Check_BadGicV2Frame_ViolationAtItsBase(ulong distributor, ulong cpuInterface, string path, string code) =>
        WithGic(GicV2(distributor, cpuInterface)).Violations().ShouldBeSingle(path, code);

    [Theory]
    [InlineData(0x900_0800UL, 0x1000UL, 33, "arm.console.base", "region-not-aligned")]
    [InlineData(0x900_0000UL, 0x0UL, 33, "arm.console.size", "region-empty")]
    [InlineData(0x900_0000UL, 0x800UL, 33, "arm.console.size", "region-not-aligned")]
    [InlineData(0x900_0000UL, 0x1000UL, 31, "arm.console.spi", "out-of-range")]
    [InlineData(0x900_0000UL, 0x1000UL, 1020, "arm.console.spi", "out-of-range")]
    [InlineData(0x7fff_f000UL, 0x1000UL, 33, "arm.console.base", "overlaps-ram")]
    [InlineData(0x800_0000UL, 0x1000UL, 33, "arm.console.base", "region-overlap")]
    [InlineData(0xff_ffff_f000UL, 0x2000UL, 33, "arm.console.base", "region-beyond-address-space")]
    public void Check_BadConsole_ViolationAtField(ulong start, ulong size, int spi, string path, string code) =>
        WithPlatform(Platform with { Console = new ConsoleUart(Frame(start, new ByteSize(size)), spi) }).Violations().ShouldBeSingle(path, code);

    [Theory]
    [InlineData(32)]
    [InlineData(1019)]
    public void Check_ConsoleSpiAtEitherEnd_Valid(int spi) =>
        WithPlatform(Platform with { Console = Platform.Console! with { Spi = spi } }).Violations().ShouldBeEmpty();

    [Fact]
    public void Check_NoConsole_Valid() => WithPlatform(Platform with { Console = null }).Violations().ShouldBeEmpty();
}
