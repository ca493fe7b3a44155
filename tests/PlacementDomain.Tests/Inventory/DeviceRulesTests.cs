using Placement.Domain.Inventory;
using Placement.Domain.Pci;
using static Placement.Domain.Tests.Inventory.TestInventory;

namespace Placement.Domain.Tests.Inventory;

public class DeviceRulesTests
{
    [Fact]
    public void Check_DeviceListedTwice_DuplicateAtLaterSbdf()
    {
        // The same function written without its segment is still the same function.
        var inventory = X86Example() with { Devices = [Device(Igd, null), Device("00:02.0", null), Device(Xhci, null)] };
        inventory.Violations().ShouldBeSingle("devices[1].sbdf", "duplicate").Message.ShouldContain("devices[0].sbdf");
    }

    [Fact]
    public void Check_MoreThanMaxDevices_TooMany()
    {
        var devices = Enumerable.Range(0, InventoryRules.MaxDevices + 1)
            .Select(i => new PciDevice(new PciAddress(0, i >> 8, (i >> 3) & 0x1f, i & 7), null, true, []))
            .ToList();
        (X86Example() with { Devices = devices, ReservedRegions = [] }).Violations().ShouldBeSingle("devices", "too-many");
    }

    [Theory]
    [InlineData("IGD\u0000")]
    [InlineData("line\nbreak")]
    public void Check_DescriptionWithControlCharacter_InvalidValue(string description) =>
        (X86Example() with { Devices = [Device(Igd, description), Device(Xhci, null)] })
            .Violations().ShouldBeSingle("devices[0].description", "invalid-value");

    [Theory]
    [InlineData(InventoryRules.MaxDescriptionLength, false)]
    [InlineData(InventoryRules.MaxDescriptionLength + 1, true)]
    public void Check_DescriptionLength_TooLongBeyondMax(int length, bool violates)
    {
        var inventory = X86Example() with { Devices = [Device(Igd, new string('d', length)), Device(Xhci, null)] };
        if (violates)
        {
            inventory.Violations().ShouldBeSingle("devices[0].description", "too-long");
        }
        else
        {
            inventory.Violations().ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData(0, BarKind.Rom, 0x800UL, false, "index", "out-of-range")]        // ROM is index 6
    [InlineData(6, BarKind.Memory, 0x1000UL, false, "index", "out-of-range")]
    [InlineData(7, BarKind.Io, 0x10UL, false, "index", "out-of-range")]
    [InlineData(-1, BarKind.Io, 0x10UL, false, "index", "out-of-range")]
    [InlineData(0, BarKind.Io, 0x10UL, true, "is64Bit", "invalid-value")]
    [InlineData(6, BarKind.Rom, 0x800UL, true, "is64Bit", "invalid-value")]
    [InlineData(5, BarKind.Memory, 0x1000UL, true, "index", "out-of-range")]     // no slot 6 for the upper half
    [InlineData(0, BarKind.Memory, 0x1800UL, false, "size", "not-power-of-two")]
    [InlineData(0, BarKind.Memory, 0x0UL, false, "size", "not-power-of-two")]
    [InlineData(0, BarKind.Memory, 0x8UL, false, "size", "out-of-range")]        // below 16 B
    [InlineData(0, BarKind.Io, 0x2UL, false, "size", "out-of-range")]            // below 4 B
    [InlineData(6, BarKind.Rom, 0x400UL, false, "size", "out-of-range")]         // below 2 KiB
    [InlineData(0, BarKind.Io, 0x200UL, false, "size", "out-of-range")]          // above 256 ports
    [InlineData(0, BarKind.Memory, 0x8000_0000_0000UL, true, "size", "out-of-range")] // above 2^46
    [InlineData(0, BarKind.Memory, 0x1_0000_0000UL, false, "size", "out-of-range")]   // a 32-bit BAR above 2 GiB
    [InlineData(6, BarKind.Rom, 0x200_0000UL, false, "size", "out-of-range")]         // a ROM above 16 MiB
    public void Check_BrokenBar_ViolationAtField(int index, BarKind kind, ulong size, bool is64Bit, string field, string code) =>
        WithBars(NewBar(index, kind, size, is64Bit)).Violations().ShouldBeSingle($"devices[0].bars[0].{field}", code);

    [Theory]
    [InlineData(0, BarKind.Io, 0x100UL, false)]
    [InlineData(5, BarKind.Io, 0x4UL, false)]
    [InlineData(0, BarKind.Memory, 0x10UL, false)]
    [InlineData(4, BarKind.Memory, 0x1000UL, true)]
    [InlineData(6, BarKind.Rom, 0x800UL, false)]
    [InlineData(0, BarKind.Memory, 0x4000_0000_0000UL, true)] // exactly 2^46
    [InlineData(0, BarKind.Memory, 0x8000_0000UL, false)]     // a 32-bit BAR of exactly 2 GiB
    [InlineData(6, BarKind.Rom, 0x100_0000UL, false)]         // a ROM of exactly 16 MiB
    public void Check_ValidBar_Accepted(int index, BarKind kind, ulong size, bool is64Bit) =>
        WithBars(NewBar(index, kind, size, is64Bit)).Violations().ShouldBeEmpty();

    [Fact]
    public void Check_BarInUpperHalfOfSixtyFourBitBar_SlotTaken()
    {
        var inventory = WithBars(NewBar(0, BarKind.Memory, 0x1000, is64Bit: true), NewBar(1, BarKind.Memory, 0x1000));
        inventory.Violations().ShouldBeSingle("devices[0].bars[1].index", "bar-slot-taken").Message.ShouldContain("devices[0].bars[0]");
    }

    [Fact]
    public void Check_SixtyFourBitBarOverLaterSlot_SlotTaken() =>
        WithBars(NewBar(3, BarKind.Io, 0x10), NewBar(2, BarKind.Memory, 0x1000, is64Bit: true))
            .Violations().ShouldBeSingle("devices[0].bars[1].index", "bar-slot-taken");

    [Fact]
    public void Check_SameIndexTwice_SlotTaken() =>
        WithBars(NewBar(2, BarKind.Memory, 0x1000), NewBar(2, BarKind.Io, 0x10))
            .Violations().ShouldBeSingle("devices[0].bars[1].index", "bar-slot-taken");

    [Fact]
    public void Check_SixBarsAndRom_Accepted() =>
        WithBars(
            NewBar(0, BarKind.Memory, 0x1000, is64Bit: true),
            NewBar(2, BarKind.Memory, 0x1000, is64Bit: true),
            NewBar(4, BarKind.Io, 0x10),
            NewBar(5, BarKind.Memory, 0x10),
            NewBar(6, BarKind.Rom, 0x1_0000)).Violations().ShouldBeEmpty();
}
