using Placement.Domain.Memory;
using static Placement.Domain.Tests.Inventory.TestInventory;

namespace Placement.Domain.Tests.Inventory;

public class InventoryRulesTests
{
    [Fact]
    public void Check_X86ExampleOfProductDoc_NoViolation() =>
        X86Example().Violations().ShouldBeEmpty();

    [Theory]
    [InlineData(31)]
    [InlineData(53)]
    [InlineData(0)]
    [InlineData(64)]
    public void Check_PhysAddressBitsOutOfRange_OnlyThatViolation(int bits)
    {
        // Nothing else is checked: without a valid width there is no address space to check against.
        var inventory = X86Example() with { PhysAddressBits = bits, Memory = ByteSize.Zero };
        inventory.Violations().ShouldBeSingle("physAddressBits", "out-of-range");
    }

    [Theory]
    [InlineData(32)]
    [InlineData(52)]
    public void Check_PhysAddressBitsAtBounds_Accepted(int bits) =>
        (X86Example() with { PhysAddressBits = bits, Memory = ByteSize.FromMiB(1024) }).Violations().ShouldBeEmpty();

    [Fact]
    public void Check_MemoryZero_MemoryOutOfRange() =>
        (X86Example() with { Memory = ByteSize.Zero }).Violations().ShouldBeSingle("memoryMiB", "out-of-range");

    [Fact]
    public void Check_MemoryBeyondAddressSpace_MemoryOutOfRange()
    {
        // 36 bits address 64 GiB: one MiB more does not fit.
        var inventory = X86Example() with { PhysAddressBits = 36, Memory = ByteSize.FromMiB(65536 + 1) };
        inventory.Violations().ShouldBeSingle("memoryMiB", "out-of-range").Message.ShouldContain("36-bit");
    }

    [Fact]
    public void Check_MemoryFillingAddressSpace_Accepted() =>
        (X86Example() with { PhysAddressBits = 36, Memory = ByteSize.FromMiB(65536) }).Violations().ShouldBeEmpty();

    [Fact]
    public void Check_SeveralBrokenRules_ListsEveryOne()
    {
        var inventory = X86Example() with
        {
            Memory = ByteSize.Zero,
            Labels = new Dictionary<string, string> { ["-rack"] = "r12" },
            Devices = [Device(Igd, null), Device(Xhci, null), Device(Igd, null)],
            ReservedRegions = [Region(0x1000, 0x3000, Xhci), Region(0x2000, 0x4000, "0000:00:03.0")],
        };

        inventory.Violations().Select(v => (v.Path, v.Code)).ShouldBe(
            [
                ("memoryMiB", "out-of-range"),
                ("labels.-rack", "invalid-label"),
                ("devices[2].sbdf", "duplicate"),
                ("reservedRegions[1].devices[0]", "region-device-unknown"),
                ("reservedRegions[1]", "region-overlap"),
            ],
            ignoreOrder: true);
    }
}
