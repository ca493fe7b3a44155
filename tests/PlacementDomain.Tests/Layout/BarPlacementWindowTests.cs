using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Layout;

/// <summary>§5 BAR placement steps 2 and 3: where the low window starts, and which BARs go high.</summary>
public sealed class BarPlacementWindowTests
{
    /// <summary>One device per BAR, each BAR 128 MiB and 32-bit, in slots 00:01.0, 00:02.0, ...</summary>
    private static List<PciDevice> Devices128(int count) =>
        Enumerable.Range(1, count).Select(i => new PciDevice(new(0, 0, i, 0), null, true, [Mem32(0, 128 * MiB)])).ToList();

    [Theory]
    [InlineData(1, 0x40000000UL, 0xF0000000UL)] // 128 MiB fits 0xc000000 (192 MiB)
    [InlineData(2, 0x40000000UL, 0xE0000000UL)] // 256 > 192; 0xe0000000 gives 448 MiB
    [InlineData(4, 0x40000000UL, 0xC0000000UL)] // 512 > 448; 0xc0000000 gives 960 MiB
    [InlineData(8, 0x40000000UL, 0x80000000UL)] // 1024 > 960; 0x80000000 gives 1984 MiB
    [InlineData(16, 0x10000000UL, 0x80000000UL)] // 2048 > 1984, but doubling 0x80000000 wraps to 0: stop
    [InlineData(4, 0xD0000000UL, 0xE0000000UL)] // 0xc0000000 would lie below lowEnd 0xd0000000
    [InlineData(4, 0xC0000000UL, 0xC0000000UL)] // "at or above lowEnd": 0xc0000000 is allowed
    [InlineData(2, 0xF0000000UL, 0xF0000000UL)] // RAM is never relocated: no growth at all
    public void Place_NoHoleGiven_GrowsWindowByDoublingWhileRamAllows(int bars, ulong lowEnd, ulong expectedStart) =>
        PlaceAlone(Devices128(bars), Request(2048), Ram(lowEnd), [], 46).LowWindowStart.Value.ShouldBe(expectedStart);

    [Fact]
    public void Place_GrowthStoppedAtLowEnd_LastBarWarnsNoSpaceOthersPlaced()
    {
        var devices = Devices128(4);

        var result = PlaceAlone(devices, Request(2048), Ram(0xD0000000), [], 46);

        // [0xe0000000, 0xfc000000) holds three 128 MiB BARs; the fourth would end at 4G.
        result.Bars.Select(b => b.Range!.Value.Start.Value).ShouldBe([0xE0000000UL, 0xE8000000UL, 0xF0000000UL]);
        var warning = result.Findings.ShouldHaveSingleItem();
        (warning.Severity, warning.Code, warning.Device).ShouldBe((Severity.Warning, FindingCodes.BarNoSpace, devices[3].Address));
        warning.Message.ShouldStartWith("no space for resource");
    }

    [Theory]
    [InlineData(1024UL, 1, 0xC0000000UL, 1)] // 4G - 1 GiB, although 128 MiB would fit the default window
    [InlineData(256UL, 2, 0xF0000000UL, 1)]  // given 256: no growth, the second BAR has no space
    [InlineData(1024UL, 8, 0xC0000000UL, 7)] // 960 MiB window, no growth to 0x80000000
    public void Place_HoleGiven_WindowStartsAtFourGMinusHoleWithoutGrowth(ulong holeMiB, int bars, ulong expectedStart, int placed)
    {
        var result = PlaceAlone(Devices128(bars), Request(2048) with { MmioHoleMiB = holeMiB }, Ram(0x40000000), [], 46);

        result.LowWindowStart.Value.ShouldBe(expectedStart);
        result.Bars.Count.ShouldBe(placed);
        result.Bars[0].Range!.Value.Start.Value.ShouldBe(expectedStart);
    }

    [Theory]
    [InlineData(0x7F800000UL, 0xF8000000UL, 0x7F800000UL)] // RDM in the window: start = lowEnd
    [InlineData(0x7F800000UL, 0xFBFFF000UL, 0x7F800000UL)] // last page of the window
    [InlineData(0x7F800000UL, 0xEFFFF000UL, 0xF0000000UL)] // ends exactly at the window: no overlap
    [InlineData(0x7F800000UL, 0xFC000000UL, 0xF0000000UL)] // at the window's end: no overlap
    [InlineData(0xF0000000UL, 0xF8000000UL, 0xF0000000UL)] // start is not above lowEnd: unchanged
    public void Place_KeptRdmInWindow_PullsStartDownToLowEnd(ulong lowEnd, ulong rdmStart, ulong expectedStart) =>
        PlaceAlone([], Request(2048), Ram(lowEnd), [Range(rdmStart, rdmStart + 0x1000)], 46)
            .LowWindowStart.Value.ShouldBe(expectedStart);

    [Fact]
    public void Place_LowWindowTooSmall_SixtyFourBitBarGoesHighOnlyWhileTheRestDoesNotFit()
    {
        // mmioTotal 128 + 64 + 32 = 224 MiB > 192 MiB; 0xe0000000 < lowEnd, so no growth. BAR0 goes
        // high (224 MiB to place in 192); then 96 MiB remain for 192 MiB of window: BAR2 stays low.
        var gpu = Device(Gpu, Mem64(0, 128 * MiB), Mem64(2, 64 * MiB), Mem32(4, 32 * MiB));

        var result = PlaceAlone([gpu], Request(4096), Ram(0xF0000000, 0x110000000), [], 46);

        // High window from max(highEnd 0x110000000, 4G); 0x110000000 is 128 MiB aligned.
        result.Bars.Select(Describe).ShouldBe([
            $"{Gpu}/0 high 0x110000000", $"{Gpu}/2 low 0xf0000000", $"{Gpu}/4 low 0xf4000000"]);
    }

    [Fact]
    public void Place_LowWindowLargeEnough_SixtyFourBitBarsStayLow()
    {
        var gpu = Device(Gpu, Mem64(0, 128 * MiB), Mem32(2, 32 * MiB)); // 160 MiB <= 192 MiB

        var result = PlaceAlone([gpu], Request(4096), Ram(0xF0000000, 0x110000000), [], 46);

        result.Bars.Select(Describe).ShouldBe([$"{Gpu}/0 low 0xf0000000", $"{Gpu}/2 low 0xf8000000"]);
    }

    [Fact]
    public void Place_SixtyFourBitBarAboveOneGiB_AlwaysHighAndNotCounted()
    {
        var gpu = Device(Gpu, Mem64(0, 2 * GiB), Mem64(2, MiB), Mem32(4, MiB));

        var result = PlaceAlone([gpu], Request(2048), Ram(0x7F800000), [], 46);

        // mmioTotal = 2 MiB: no growth. 2 GiB goes to 4G (2 GiB aligned); the 1 MiB 64-bit BAR stays low.
        result.LowWindowStart.Value.ShouldBe(0xF0000000UL);
        result.Bars.Select(Describe).ShouldBe([
            $"{Gpu}/0 high 0x100000000", $"{Gpu}/2 low 0xf0000000", $"{Gpu}/4 low 0xf0100000"]);
    }

    [Fact]
    public void Place_SixtyFourBitBarOfExactlyOneGiB_CountsAndGrowsTheLowWindow()
    {
        var result = PlaceAlone([Device(Gpu, Mem64(0, GiB))], Request(2048), Ram(0x40000000), [], 46);

        // 1024 MiB: 192 -> 448 -> 960 -> 1984 MiB, window 0x80000000, which is 1 GiB aligned.
        result.Bars.Select(Describe).ShouldBe([$"{Gpu}/0 low 0x80000000"]);
    }
}
