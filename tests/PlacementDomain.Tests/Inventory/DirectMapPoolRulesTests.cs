using Placement.Domain.Arm;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Inventory.ArmTestInventory;
using static Placement.Domain.Tests.Inventory.TestInventory;

namespace Placement.Domain.Tests.Inventory;

/// <summary>The direct-map pool: RAM (adjacent banks are one stretch) that no firmware region or RMRR claims.</summary>
public sealed class DirectMapPoolRulesTests
{
    private static HostInventory WithPool(params AddressRange[] pool) => WithPlatform(Platform with { DirectMapPool = pool });

    [Theory]
    [InlineData(0x3000_0000UL, 0x3100_0000UL)] // below RAM
    [InlineData(0x7f80_0000UL, 0x9000_0000UL)] // runs past the first bank
    [InlineData(0x9_0000_0000UL, 0x9_8000_0000UL)] // runs past the second bank
    [InlineData(0x8000_0000UL, 0x8_8000_0000UL)] // the gap between the banks
    public void Check_PoolNotAllRam_PoolOutsideRam(ulong start, ulong end) =>
        WithPool(Range(start, end)).Violations().ShouldBeSingle("arm.directMapPool[0]", ArmPlatformRules.PoolOutsideRam);

    [Fact]
    public void Check_PoolAcrossAdjacentBanks_Valid()
    {
        var host = WithBanks(Range(0x4000_0000, 0x6000_0000), Range(0x6000_0000, 0x8000_0000));

        (host with { Arm = host.Arm! with { DirectMapPool = [Range(0x5000_0000, 0x7000_0000)] } }).Violations().ShouldBeEmpty();
    }

    [Fact]
    public void Check_PoolOverFirmwareRegion_PoolOverlapsReservedNamingIt() =>
        WithPool(Range(0x7e00_0000, 0x8000_0000)).Violations()
            .ShouldBeSingle("arm.directMapPool[0]", ArmPlatformRules.PoolOverlapsReserved).Message.ShouldContain("arm.firmwareReserved[0]");

    [Fact]
    public void Check_PoolOverRmrr_PoolOverlapsReservedNamingIt()
    {
        var host = WithPool(Range(0x8_8000_0000, 0x9_0000_0000)) with
        {
            ReservedRegions = [Region(0x8_9000_0000, 0x8_9000_4000, Nic)],
        };

        host.Violations().ShouldBeSingle("arm.directMapPool[0]", ArmPlatformRules.PoolOverlapsReserved).Message.ShouldContain("reservedRegions[0]");
    }

    [Fact]
    public void Check_OverlappingPoolRanges_OverlapAtLater() =>
        WithPool(Range(0x8_8000_0000, 0x8_9000_0000), Range(0x8_8fff_f000, 0x8_a000_0000)).Violations()
            .ShouldBeSingle("arm.directMapPool[1]", "region-overlap");

    [Theory]
    [InlineData(0x8_8000_0000UL, 0x8_8000_0000UL, "arm.directMapPool[0].end", "region-empty")]
    [InlineData(0x8_8000_0000UL, 0x8_8000_0800UL, "arm.directMapPool[0].end", "region-not-aligned")]
    public void Check_BadPoolRange_ViolationAtRange(ulong start, ulong end, string path, string code) =>
        WithPool(Range(start, end)).Violations().ShouldBeSingle(path, code);

    [Fact]
    public void Check_TooManyPoolRanges_TooMany() =>
        WithPool(Pages(0x8_8000_0000, ArmPlatformRules.MaxPoolRanges + 1)).Violations().ShouldBeSingle("arm.directMapPool", "too-many");

    [Fact]
    public void Check_NoPool_Valid() => WithPool().Violations().ShouldBeEmpty();
}
