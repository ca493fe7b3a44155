using Placement.Domain.Inventory;
using static Placement.Domain.Tests.Inventory.TestInventory;

namespace Placement.Domain.Tests.Inventory;

public class RegionRulesTests
{
    [Fact]
    public void Check_EmptyRegion_RegionEmptyAtEnd() =>
        WithRegions(Region(0xab80a000, 0xab80a000, Xhci)).Violations().ShouldBeSingle("reservedRegions[0].end", "region-empty");

    [Fact]
    public void Check_EmptyRegionInsideAnother_NoOverlapReported() =>
        WithRegions(Region(0x1000, 0x3000, Xhci), Region(0x2000, 0x2000, Igd))
            .Violations().ShouldBeSingle("reservedRegions[1].end", "region-empty");

    [Fact]
    public void Check_StartNotAligned_RegionNotAlignedAtStart() =>
        WithRegions(Region(0xab80a800, 0xab81e000, Xhci)).Violations().ShouldBeSingle("reservedRegions[0].start", "region-not-aligned");

    [Fact]
    public void Check_EndNotAligned_RegionNotAlignedWithoutHint() =>
        WithRegions(Region(0xab80a000, 0xab81d800, Xhci)).Violations()
            .ShouldBeSingle("reservedRegions[0].end", "region-not-aligned").Message.ShouldNotContain("exclusive");

    [Fact]
    public void Check_EndLooksInclusive_HintNamesExclusiveEnd()
    {
        var message = WithRegions(Region(0xab80a000, 0xab81dfff, Xhci)).Violations()
            .ShouldBeSingle("reservedRegions[0].end", "region-not-aligned").Message;
        message.ShouldContain("exclusive", Case.Sensitive);
        message.ShouldContain("0xab81e000", Case.Sensitive);
    }

    [Fact]
    public void Check_EndAtTopOfTwoToTheSixtyFour_ReportedNotThrown()
    {
        // An inclusive end of 2^64 - 1 has no exclusive form to suggest; the check must still answer.
        var violations = WithRegions(Region(0xab80a000, ulong.MaxValue, Xhci)).Violations();
        violations.Select(v => (v.Path, v.Code)).ShouldBe(
            [("reservedRegions[0].end", "region-not-aligned"), ("reservedRegions[0].end", "region-beyond-address-space")],
            ignoreOrder: true);
    }

    [Fact]
    public void Check_EndBeyondAddressSpace_RegionBeyondAddressSpace() =>
        WithRegions(Region(0x3fff_ffff_f000, 0x4000_0000_1000, Xhci)).Violations()
            .ShouldBeSingle("reservedRegions[0].end", "region-beyond-address-space");

    [Fact]
    public void Check_EndAtTopOfAddressSpace_Accepted() =>
        WithRegions(Region(0x3fff_ffff_f000, 0x4000_0000_0000, Xhci)).Violations().ShouldBeEmpty();

    [Fact]
    public void Check_RegionWithoutDevices_RegionWithoutDevices() =>
        WithRegions(Region(0xab80a000, 0xab81e000)).Violations().ShouldBeSingle("reservedRegions[0].devices", "region-without-devices");

    [Fact]
    public void Check_RegionNamesUnknownDevice_RegionDeviceUnknown() =>
        WithRegions(Region(0xab80a000, 0xab81e000, "0000:00:03.0")).Violations()
            .ShouldBeSingle("reservedRegions[0].devices[0]", "region-device-unknown");

    [Fact]
    public void Check_DeviceTwiceInScope_DuplicateAtLaterIndex() =>
        WithRegions(Region(0xab80a000, 0xab81e000, Xhci, Igd, "00:14.0")).Violations()
            .ShouldBeSingle("reservedRegions[0].devices[2]", "duplicate");

    [Fact]
    public void Check_SharedRegion_Accepted()
    {
        var inventory = WithRegions(Region(0xab80a000, 0xab81e000, Xhci, Igd));
        inventory.ReservedRegions[0].IsShared.ShouldBeTrue();
        inventory.Violations().ShouldBeEmpty();
    }

    [Fact]
    public void Check_OverlappingRegions_OverlapAtLaterIndexNamingBoth()
    {
        var inventory = WithRegions(Region(0x1000, 0x3000, Xhci), Region(0x5000, 0x6000, Igd), Region(0x2000, 0x4000, Igd));
        var message = inventory.Violations().ShouldBeSingle("reservedRegions[2]", "region-overlap").Message;
        message.ShouldContain("reservedRegions[0]");
        message.ShouldContain("[0x1000, 0x3000)");
        message.ShouldContain("[0x2000, 0x4000)");
    }

    [Fact]
    public void Check_AdjacentRegions_Accepted() =>
        WithRegions(Region(0x1000, 0x2000, Xhci), Region(0x2000, 0x3000, Igd), Region(0x3000, 0x4000, Xhci))
            .Violations().ShouldBeEmpty();

    [Fact]
    public void Check_MoreThanMaxRegions_TooMany()
    {
        var regions = Enumerable.Range(0, InventoryRules.MaxReservedRegions + 1)
            .Select(i => Region((ulong)i * 0x1000, ((ulong)i + 1) * 0x1000, Xhci))
            .ToArray();
        WithRegions(regions).Violations().ShouldBeSingle("reservedRegions", "too-many");
    }
}
