using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Layout;

/// <summary>§5 BAR placement steps 1 and 4: order, natural alignment, skipping kept RDMs, I/O BARs.</summary>
public sealed class BarPlacementOrderTests
{
    private static BarPlacement.Result Place(IReadOnlyList<PciDevice> devices, RamLayout ram, params AddressRange[] kept) =>
        PlaceAlone(devices, Request(2048), ram, kept, 46);

    [Fact]
    public void Place_MixedSizes_LargestFirstThenSlotThenIndex()
    {
        var gpu = Device(Gpu, Mem32(0, MiB), Mem32(1, 16 * MiB), Mem32(2, MiB));
        var usb = Device(Usb, Mem32(0, 16 * MiB), Mem32(1, MiB));

        var result = Place([gpu, usb], Ram(0x80000000));

        // mmioTotal 35 MiB fits [0xF0000000, 0xFC000000): 16 MiB BARs first (gpu before usb), then 1 MiB ones in slot, index order.
        result.Bars.OrderBy(b => b.Range!.Value.Start).Select(Describe).ShouldBe([
            $"{Gpu}/1 low 0xf0000000", $"{Usb}/0 low 0xf1000000",
            $"{Gpu}/0 low 0xf2000000", $"{Gpu}/2 low 0xf2100000", $"{Usb}/1 low 0xf2200000"]);
    }

    [Fact]
    public void Place_BarsListedOutOfIndexOrder_EqualSizesStillInIndexOrder()
    {
        // The inventory does not have to list BARs by index; scan order is slot, then BAR index.
        var gpu = Device(Gpu, Mem32(2, MiB), Mem32(0, MiB));

        var result = Place([gpu], Ram(0x80000000));

        result.Bars.Select(Describe).ShouldBe([$"{Gpu}/0 low 0xf0000000", $"{Gpu}/2 low 0xf0100000"]);
    }

    [Fact]
    public void Place_UnalignedWindowStart_AlignsEachBarToItsSize()
    {
        // A kept RDM in the window pulls its start down to lowEnd 0xac6d3000 (no HAP rounding).
        var gpu = Device(Gpu, Mem32(0, 64 * MiB), Mem32(1, 16 * MiB), Rom(2 * ByteSize.KiB));

        var result = Place([gpu], Ram(0xAC6D3000), Range(0xF8000000, 0xF8001000));

        result.LowWindowStart.Value.ShouldBe(0xAC6D3000UL);
        // 64 MiB: 0xac6d3000 rounded up to 0x4000000 = 0xb0000000; 16 MiB at 0xb4000000; ROM 2 KiB at 0xb5000000.
        result.Bars.Select(b => b.Range).ShouldBe([
            Range(0xB0000000, 0xB4000000), Range(0xB4000000, 0xB5000000), Range(0xB5000000, 0xB5000800)]);
    }

    [Fact]
    public void Place_LowBarOnKeptRdm_GoesToFirstAlignedAddressAfterIt()
    {
        var gpu = Device(Gpu, Mem32(0, 16 * MiB), Mem32(1, 8 * MiB));

        var result = Place([gpu], Ram(0xF0000000, 0x10F800000), Range(0xF0800000, 0xF0801000));

        // [0xf0000000, 0xf1000000) hits the RDM: skip to 0xf0801000, round up to 16 MiB = 0xf1000000.
        // The 8 MiB BAR follows at the cursor 0xf2000000 (no back-filling, as hvmloader).
        result.LowWindowStart.Value.ShouldBe(0xF0000000UL);
        result.Bars.Select(Describe).ShouldBe([$"{Gpu}/0 low 0xf1000000", $"{Gpu}/1 low 0xf2000000"]);
        result.Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Place_LowBarOnTwoKeptRdms_ReAlignsAfterEach()
    {
        var gpu = Device(Gpu, Mem32(0, 16 * MiB));

        var result = Place([gpu], Ram(0xF0000000, 0x10F800000), Range(0xF0800000, 0xF0801000), Range(0xF1000000, 0xF1001000));

        // 0xf0000000 hits the first -> 0xf1000000 hits the second -> 0xf1001000 rounded up to 0xf2000000.
        result.Bars.Single().Range.ShouldBe(Range(0xF2000000, 0xF3000000));
    }

    [Fact]
    public void Place_IoBars_LargestFirstInIoWindowAndNotCounted()
    {
        var usb = Device(Usb, Io(0, 0x20), Io(1, 0x100), Io(2, 0x4));
        var audio = Device(Audio, Io(0, 0x100));

        var result = Place([usb, audio], Ram(0xF0000000, 0x10F800000));

        // 0x100 (usb), 0x100 (audio), 0x20, 0x4: 0xc000, 0xc100, 0xc200, 0xc220.
        result.Bars.OrderBy(b => b.Range!.Value.Start).Select(Describe).ShouldBe([
            $"{Usb}/1 io 0xc000", $"{Audio}/0 io 0xc100", $"{Usb}/0 io 0xc200", $"{Usb}/2 io 0xc220"]);
        result.LowWindowStart.Value.ShouldBe(0xF0000000UL);
    }

    [Fact]
    public void Place_IoWindowFull_WarnsNoSpace()
    {
        // [0xc000, 0x10000) holds 0x40 BARs of 0x100 ports: 0x41 devices' worth leaves the last unplaced.
        var devices = Enumerable.Range(0, 0x41).Select(i => new PciDevice(new(0, 1 + (i / 32), i % 32, 0), null, true, [Io(0, 0x100)])).ToList();

        var result = Place(devices, Ram(0x80000000));

        result.Bars.Count.ShouldBe(0x40);
        result.Bars.Max(b => b.Range!.Value.End).Value.ShouldBe(0x10000UL);
        result.Findings.ShouldHaveSingleItem().Device.ShouldBe(devices[^1].Address);
    }
}
