using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Layout;

/// <summary>
/// §5: hvmloader's placement of the assigned devices' BARs: largest first, each naturally aligned,
/// the low window grown downwards while RAM allows, 64-bit BARs moved high when it still does not
/// fit, kept RDMs skipped in the low window and reported in the high one.
/// </summary>
public static class BarPlacement
{
    public static readonly PhysicalAddress LowWindowEnd = new(0xFC000000);
    private static readonly AddressRange IoWindow = new(new PhysicalAddress(0xC000), new PhysicalAddress(0x10000));
    private static readonly ByteSize AlwaysHighAbove = new(ByteSize.GiB);
    private static readonly Comparer<(PciAddress Device, Bar Bar)> ByIndex = Comparer<(PciAddress Device, Bar Bar)>.Create((a, b) => a.Bar.Index.CompareTo(b.Bar.Index));

    public sealed record Result(PhysicalAddress LowWindowStart, List<PlacedBar> Bars, List<Finding> Findings);

    /// <summary>Places every BAR of <paramref name="devices"/> (the assigned devices, in guest slot order).</summary>
    public static Result Place(IReadOnlyList<PciDevice> devices, X86Request request, RamLayout ram, IReadOnlyList<AddressRange> keptRdms, int physAddressBits)
    {
        var bars = InPlacementOrder(devices);
        var mmioTotal = ByteSize.Zero;
        foreach (var (_, bar) in bars)
        {
            mmioTotal += bar.Kind != BarKind.Io && !AlwaysHigh(bar) ? bar.Size : ByteSize.Zero;
        }

        var lowStart = LowWindowStart(request, ram, mmioTotal, keptRdms);
        var moveHigh = mmioTotal > LowWindowEnd - lowStart;
        // Indexed by BarWindow: Low, High, Io.
        PhysicalAddress[] cursors = [lowStart, PhysicalAddress.Max(ram.HighEnd ?? PhysicalAddress.Zero, PhysicalAddress.FourGiB), IoWindow.Start];
        PhysicalAddress[] tops = [LowWindowEnd, PhysicalAddress.TopOfAddressSpace(physAddressBits), IoWindow.End];

        var placed = new List<PlacedBar>(bars.Count);
        var findings = new List<Finding>();
        foreach (var (device, bar) in bars)
        {
            var window = bar.Kind == BarKind.Io ? BarWindow.Io : bar.Is64Bit && (moveHigh || AlwaysHigh(bar)) ? BarWindow.High : BarWindow.Low;
            if (FirstFit(cursors[(int)window], tops[(int)window], bar.Size, window == BarWindow.Low ? keptRdms : []) is not { } range)
            {
                findings.Add(Finding.Warning(FindingCodes.BarNoSpace,
                    $"no space for resource: BAR {bar.Index} of {device} ({bar.Size} bytes) stays unplaced in the {window.Name()} window.",
                    device: device));
                continue;
            }

            cursors[(int)window] = range.End;
            placed.Add(new PlacedBar(device, bar.Index, range, window));
            if (window == BarWindow.High)
            {
                // One warning per overlapped RDM, so that the findings do not depend on the order of the list.
                foreach (var rdm in keptRdms)
                {
                    if (range.Overlaps(rdm))
                    {
                        findings.Add(Finding.Warning(FindingCodes.HighBarOverlapsRdm,
                            $"BAR {bar.Index} of {device} at {range} overlaps the reserved region {rdm}; Xen does not check high BARs.",
                            rdm, device));
                    }
                }
            }
        }

        return new Result(lowStart, placed, findings);
    }

    /// <summary>Largest first; equal sizes keep scan order (slot, then BAR index).</summary>
    private static List<(PciAddress Device, Bar Bar)> InPlacementOrder(IReadOnlyList<PciDevice> devices)
    {
        var bars = new List<(PciAddress Device, Bar Bar)>();
        foreach (var device in devices)
        {
            var first = bars.Count;
            foreach (var bar in device.Bars)
            {
                bars.Add((device.Address, bar));
            }

            bars.Sort(first, bars.Count - first, ByIndex);
        }

        // A stable sort by size: ties broken by position in scan order.
        var order = new int[bars.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => bars[a].Bar.Size != bars[b].Bar.Size ? bars[b].Bar.Size.CompareTo(bars[a].Bar.Size) : a.CompareTo(b));
        var sorted = new List<(PciAddress Device, Bar Bar)>(bars.Count);
        foreach (var i in order)
        {
            sorted.Add(bars[i]);
        }

        return sorted;
    }

    private static bool AlwaysHigh(Bar bar) => bar.Is64Bit && bar.Size > AlwaysHighAbove;

    private static PhysicalAddress LowWindowStart(X86Request request, RamLayout ram, ByteSize mmioTotal, IReadOnlyList<AddressRange> keptRdms)
    {
        var start = request.HoleStart;
        if (request.MmioHoleMiB is null)
        {
            // Doubling downwards in 32 bits: 0xF0000000, 0xE0000000, 0xC0000000, 0x80000000; RAM never moves.
            while (mmioTotal > LowWindowEnd - start && unchecked((uint)(start.Value << 1)) is var doubled && doubled != 0 && new PhysicalAddress(doubled) >= ram.LowEnd)
            {
                start = new PhysicalAddress(doubled);
            }
        }

        return start > ram.LowEnd && FirstOverlap(keptRdms, new AddressRange(start, LowWindowEnd)) is not null ? ram.LowEnd : start;
    }

    /// <summary>The first <paramref name="size"/>-aligned range at or above <paramref name="from"/> below <paramref name="top"/> that avoids every range of <paramref name="avoid"/>.</summary>
    private static AddressRange? FirstFit(PhysicalAddress from, PhysicalAddress top, ByteSize size, IReadOnlyList<AddressRange> avoid)
    {
        var start = from.AlignUp(size);
        while (start < top && top - start >= size)
        {
            var candidate = AddressRange.FromSize(start, size);
            var hit = FirstOverlap(avoid, candidate);
            if (hit is null)
            {
                return candidate;
            }

            start = hit.Value.End.AlignUp(size);
        }

        return null;
    }

    private static AddressRange? FirstOverlap(IReadOnlyList<AddressRange> ranges, AddressRange range)
    {
        for (var i = 0; i < ranges.Count; i++)
        {
            if (ranges[i].Overlaps(range))
            {
                return ranges[i];
            }
        }

        return null;
    }
}
