using Placement.Domain.Arm;
using static Placement.Domain.Tests.Inventory.ArmTestInventory;
using static Placement.Domain.Tests.Inventory.TestInventory;

namespace Placement.Domain.Tests.Inventory;

/// <summary>A device's MMIO (aligned, inside the address space, never RAM) and SPIs (32-1019, no repeats).</summary>
public sealed class DeviceArmRulesTests
{
    [Theory]
    [InlineData(0x1000_0000UL, 0x1000_0000UL, "devices[0].mmio[0].end", "region-empty")]
    [InlineData(0x1000_0100UL, 0x1001_0000UL, "devices[0].mmio[0].start", "region-not-aligned")]
    [InlineData(0xff_ffff_0000UL, 0x100_0000_1000UL, "devices[0].mmio[0].end", "region-beyond-address-space")]
    [InlineData(0x7fff_0000UL, 0x8001_0000UL, "devices[0].mmio[0]", "overlaps-ram")]
    public void Check_BadMmio_ViolationAtRange(ulong start, ulong end, string path, string code) =>
        WithDevice(NicDevice with { Mmio = [Range(start, end)] }).Violations().ShouldBeSingle(path, code);

    [Fact]
    public void Check_TooManyMmioRanges_TooMany() =>
        WithDevice(NicDevice with { Mmio = Pages(0x1000_0000, ArmPlatformRules.MaxDeviceMmioRanges + 1) }).Violations()
            .ShouldBeSingle("devices[0].mmio", "too-many");

    [Fact]
    public void Check_TwoDevicesShareAnMmioPage_Valid()
    {
        var other = Device("0002:02:00.0", "UART") with { Mmio = [Range(0x1000_0000, 0x1000_1000)] };

        (ArmExample() with { Devices = [NicDevice, other] }).Violations().ShouldBeEmpty();
    }

    [Theory]
    [InlineData(31, "devices[0].spis[1]", "out-of-range")]
    [InlineData(1020, "devices[0].spis[1]", "out-of-range")]
    [InlineData(40, "devices[0].spis[1]", "duplicate")]
    public void Check_BadSpi_ViolationAtSpi(int spi, string path, string code) =>
        WithDevice(NicDevice with { Spis = [40, spi] }).Violations().ShouldBeSingle(path, code);

    [Fact]
    public void Check_TooManySpis_TooMany() =>
        WithDevice(NicDevice with { Spis = Enumerable.Range(32, ArmPlatformRules.MaxDeviceSpis + 1).ToList() }).Violations()
            .ShouldBeSingle("devices[0].spis", "too-many");

    [Fact]
    public void Check_DeviceWithoutMmioOrSpis_Valid() =>
        WithDevice(NicDevice with { Mmio = [], Spis = [] }).Violations().ShouldBeEmpty();
}
