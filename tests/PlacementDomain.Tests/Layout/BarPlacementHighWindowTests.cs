using Placement.Domain.Layout;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Layout;

/// <summary>§5: the high window [max(highEnd, 4G), 2^physAddressBits), which Xen does not check against RDMs.</summary>
public sealed class BarPlacementHighWindowTests
{
    [Fact]
    public void Place_HighRamPresent_HighWindowStartsAboveItAligned()
    {
        // highEnd 0x15f800000 rounded up to 2 GiB = 0x180000000.
        var result = PlaceAlone([Device(Gpu, Mem64(0, 2 * GiB))], Request(4096), Ram(0xA0000000, 0x15F800000), [], 46);

        result.Bars.Select(Describe).ShouldBe([$"{Gpu}/0 high 0x180000000"]);
    }

    [Fact]
    public void Place_HighBarLargerThanAddressSpaceAllows_WarnsNoSpaceWithDevice()
    {
        // 36 bits: [4G, 0x1000000000); a 64 GiB BAR aligns to 0x1000000000, the top itself.
        var gpu = Device(Gpu, Mem64(0, 1UL << 36), Mem32(2, MiB));

        var result = PlaceAlone([gpu], Request(2048), Ram(0x7F800000), [], 36);

        result.Bars.Select(Describe).ShouldBe([$"{Gpu}/2 low 0xf0000000"]);
        var warning = result.Findings.ShouldHaveSingleItem();
        (warning.Severity, warning.Code, warning.Device).ShouldBe((Severity.Warning, FindingCodes.BarNoSpace, Sbdf(Gpu)));
        warning.Message.ShouldStartWith("no space for resource: BAR 0 of 0000:00:02.0");
    }

    [Fact]
    public void Place_HighBarFillsAddressSpaceExactly_IsPlaced()
    {
        // 36 bits, 32 GiB BAR: 4G rounded up to 0x800000000, ending exactly at the top 0x1000000000.
        var result = PlaceAlone([Device(Gpu, Mem64(0, 1UL << 35))], Request(2048), Ram(0x7F800000), [], 36);

        result.Bars.Single().Range.ShouldBe(Range(0x800000000, 0x1000000000));
        result.Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Place_HighBarOnKeptRdm_PlacedAnywayAndWarned()
    {
        var rdm = Range(0x140000000, 0x140004000);

        var result = PlaceAlone([Device(Gpu, Mem64(0, 2 * GiB))], Request(2048), Ram(0x7F800000), [rdm], 46);

        result.Bars.Single().Range.ShouldBe(Range(0x100000000, 0x180000000));
        var warning = result.Findings.ShouldHaveSingleItem();
        (warning.Severity, warning.Code, warning.Range, warning.Device)
            .ShouldBe((Severity.Warning, FindingCodes.HighBarOverlapsRdm, rdm, Sbdf(Gpu)));
    }

    [Fact]
    public void Place_HighBarOnTwoKeptRdms_WarnsForEachWhateverTheirOrder()
    {
        var (first, second) = (Range(0x120000000, 0x120001000), Range(0x140000000, 0x140004000));
        var gpu = Device(Gpu, Mem64(0, 2 * GiB));

        var inOrder = PlaceAlone([gpu], Request(2048), Ram(0x7F800000), [first, second], 46);
        var reversed = PlaceAlone([gpu], Request(2048), Ram(0x7F800000), [second, first], 46);

        inOrder.Findings.Select(f => f.Range).ShouldBe([first, second], ignoreOrder: true);
        reversed.Findings.Select(f => f.Range).ShouldBe([first, second], ignoreOrder: true);
    }

    [Fact]
    public void Plan_HighBarOnDeviceRdms_FindingsDoNotDependOnInventoryOrder()
    {
        // strategy ignore: the device's RDMs come in inventory order; both lie under the BAR at 4G.
        var gpu = Device(Gpu, Mem64(0, 2 * GiB));
        var regions = new[] { Region(0x140000000, 0x140004000, Gpu), Region(0x120000000, 0x120001000, Gpu) };
        var request = Request(2048, Assign(Gpu));

        var a = LayoutPlanner.Plan(Host([gpu], regions), request);
        var b = LayoutPlanner.Plan(Host([gpu], [.. regions.Reverse()]), request);

        a.Findings.Select(f => $"{f.Code} {f.Range}").ShouldBe(b.Findings.Select(f => $"{f.Code} {f.Range}"), ignoreOrder: true);
        a.Devices.Single().Outcome.ShouldBe(AssignmentOutcome.AssignedWithWarnings);
    }
}
