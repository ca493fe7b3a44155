using Placement.Domain.Inventory;
using Placement.Domain.Memory;

namespace Placement.Domain.Layout;

/// <summary>
/// §5.4: hvmloader's pci_setup over every function of the guest's bus 0: the BARs largest first
/// (equal sizes in scan order), the low window grown downwards while RAM allows (and lowered to the
/// end of RAM when a kept RDM lies in it) unless <c>mmio_hole</c> fixes it, each 64-bit BAR sent
/// high or not as what is left to place compares with what is left of the low window at its turn,
/// kept RDMs skipped in the low window. A BAR without room stays unplaced, with a warning.
/// </summary>
public static class BarPlacement
{
    public static readonly PhysicalAddress LowWindowEnd = new(0xFC000000);
    private static readonly AddressRange IoWindow = new(new PhysicalAddress(0xC000), new PhysicalAddress(0x10000));
    internal static readonly ByteSize BigBar = new(ByteSize.GiB);

    /// <param name="Bars">Every BAR, placed or not, in slot and index order.</param>
    /// <param name="Findings">bar-no-space and high-bar-overlaps-rdm warnings, in slot and index order.</param>
    public sealed record Result(PhysicalAddress LowWindowStart, List<PlacedBar> Bars, List<Finding> Findings)
    {
        /// <summary>The smallest <c>mmio_hole</c> (MiB) with which every memory BAR goes low; null when none does.</summary>
        public ulong? MmioHoleMiBNeeded { get; init; }

        /// <summary>True when every memory BAR is in the low window (none high, none unplaced).</summary>
        public bool AllLow => Bars.TrueForAll(b => !b.IsMemory || b.Window == BarWindow.Low);
    }

    public static Result Place(
        IReadOnlyList<GuestFunction> functions, ulong? mmioHoleMiB, RamLayout ram, IReadOnlyList<AddressRange> keptRdms, int physAddressBits)
    {
        var scan = ScanOrder(functions);
        var order = SizeOrder(scan);
        var relocate = false;
        var mmioTotal = ByteSize.Zero;
        foreach (var (_, bar) in scan)
        {
            if (bar.Is64Bit && bar.Size > BigBar)
            {
                relocate = true;
            }
            else if (bar.Kind != BarKind.Io)
            {
                mmioTotal += bar.Size;
            }
        }

        var lowStart = LowWindowStart(mmioHoleMiB, ram, mmioTotal, keptRdms);
        relocate |= mmioTotal > LowWindowEnd - lowStart;
        var low = lowStart;
        var high = PhysicalAddress.Max(ram.HighEnd ?? PhysicalAddress.Zero, PhysicalAddress.FourGiB);
        var highTop = PhysicalAddress.TopOfAddressSpace(physAddressBits);
        var io = IoWindow.Start;

        // Placed in size order, answered in scan order (slot, then index).
        var placed = new PlacedBar[scan.Count];
        foreach (var i in order)
        {
            var (function, bar) = scan[i];
            AddressRange? range;
            BarWindow window;
            if (bar.Kind == BarKind.Io)
            {
                range = Fit(ref io, IoWindow.End, bar.Size, []);
                window = BarWindow.Io;
            }
            else
            {
                // Decided per BAR, with what is left to place and what is left of the low window now.
                var goesHigh = bar.Is64Bit && relocate && (mmioTotal > LowWindowEnd - low || bar.Size > BigBar);
                if (bar.Size <= BigBar)
                {
                    mmioTotal -= bar.Size;
                }

                range = goesHigh ? Fit(ref high, highTop, bar.Size, []) : Fit(ref low, LowWindowEnd, bar.Size, keptRdms);
                window = goesHigh ? BarWindow.High : BarWindow.Low;
            }

            placed[i] = new PlacedBar(function.Slot, bar.Index, bar.Kind, bar.Size, bar.Is64Bit, function.Host, range, range is null ? BarWindow.Unplaced : window);
        }

        var result = new Result(lowStart, [.. placed], Warnings(scan, placed, keptRdms));

        // Every BAR low in the default window: a hole of 256 MiB gives the same window, hence the same placement.
        var needed = result.AllLow && lowStart == PhysicalAddress.FourGiB - ByteSize.FromMiB(X86Request.MinMmioHoleMiB)
            ? X86Request.MinMmioHoleMiB
            : MmioHoleSearch.Needed(scan, order, keptRdms);
        return result with { MmioHoleMiBNeeded = needed };
    }

    /// <summary>Every BAR in scan order: slot, then index (the ROM, 6, last).</summary>
    private static List<(GuestFunction Function, Bar Bar)> ScanOrder(IReadOnlyList<GuestFunction> functions)
    {
        var scan = new List<(GuestFunction Function, Bar Bar)>();
        foreach (var function in functions)
        {
            foreach (var bar in function.Bars)
            {
                scan.Add((function, bar));
            }
        }

        // Insertion sort: stable, and nothing to do for functions and BARs already in order, as GuestBus lists them.
        for (var i = 1; i < scan.Count; i++)
        {
            var item = scan[i];
            var j = i - 1;
            for (; j >= 0 && (scan[j].Function.Slot.CompareTo(item.Function.Slot) is var bySlot && (bySlot > 0 || (bySlot == 0 && scan[j].Bar.Index > item.Bar.Index))); j--)
            {
                scan[j + 1] = scan[j];
            }

            scan[j + 1] = item;
        }

        return scan;
    }

    /// <summary>The positions of <paramref name="scan"/>, largest BAR first; equal sizes keep scan order.</summary>
    private static int[] SizeOrder(List<(GuestFunction Function, Bar Bar)> scan)
    {
        var order = new int[scan.Count];
        for (var i = 0; i < order.Length; i++)
        {
            var j = i - 1;
            for (; j >= 0 && scan[order[j]].Bar.Size < scan[i].Bar.Size; j--)
            {
                order[j + 1] = order[j];
            }

            order[j + 1] = i;
        }

        return order;
    }

    private static PhysicalAddress LowWindowStart(ulong? mmioHoleMiB, RamLayout ram, ByteSize mmioTotal, IReadOnlyList<AddressRange> keptRdms)
    {
        if (mmioHoleMiB is { } hole)
        {
            return PhysicalAddress.FourGiB - ByteSize.FromMiB(hole);
        }

        // Doubling downwards in 32 bits: 0xF0000000, 0xE0000000, 0xC0000000, 0x80000000; RAM never moves.
        var start = PhysicalAddress.FourGiB - ByteSize.FromMiB(X86Request.DefaultMmioHoleMiB);
        while (mmioTotal > LowWindowEnd - start && unchecked((uint)(start.Value << 1)) is var doubled && doubled != 0 && new PhysicalAddress(doubled) >= ram.LowEnd)
        {
            start = new PhysicalAddress(doubled);
        }

        return start > ram.LowEnd && FirstOverlap(keptRdms, new AddressRange(start, LowWindowEnd)) is not null ? ram.LowEnd : start;
    }

    /// <summary>
    /// The first <paramref name="size"/>-aligned range at or above <paramref name="next"/> that ends
    /// by <paramref name="top"/> and avoids every range of <paramref name="avoid"/>; on success
    /// <paramref name="next"/> moves past it.
    /// </summary>
    internal static AddressRange? Fit(ref PhysicalAddress next, PhysicalAddress top, ByteSize size, IReadOnlyList<AddressRange> avoid)
    {
        var start = next.AlignUp(size);
        while (start < top && top - start >= size)
        {
            var candidate = AddressRange.FromSize(start, size);
            if (FirstOverlap(avoid, candidate) is not { } hit)
            {
                next = candidate.End;
                return candidate;
            }

            start = hit.End.AlignUp(size);
        }

        return null;
    }

    private static List<Finding> Warnings(List<(GuestFunction Function, Bar Bar)> scan, PlacedBar[] placed, IReadOnlyList<AddressRange> keptRdms)
    {
        var findings = new List<Finding>();
        for (var i = 0; i < placed.Length; i++)
        {
            var (function, bar) = (scan[i].Function, placed[i]);
            string What() => $"BAR {bar.Index} of {bar.Slot} ({(bar.Host is null ? function.Name : $"passed-through {function.Name}")})";
            if (bar.Range is not { } range)
            {
                var consequence = function.Model == GuestFunction.XenPlatform ? "; without it the guest finds no Xen platform device and runs without PV drivers" : "";
                findings.Add(Finding.Warning(FindingCodes.BarNoSpace,
                    $"no space for resource: {What()}, {bar.Size} bytes, stays unplaced{consequence}.", device: bar.Slot) with { Bar = bar.Index });
                continue;
            }

            if (bar.Window != BarWindow.High)
            {
                continue;
            }

            // One warning per overlapped RDM, so that the findings do not depend on the order of the list.
            foreach (var rdm in keptRdms)
            {
                if (range.Overlaps(rdm))
                {
                    findings.Add(Finding.Warning(FindingCodes.HighBarOverlapsRdm,
                        $"{What()} at {range} overlaps the reserved region {rdm}; Xen does not check high BARs.", rdm, bar.Slot) with { Bar = bar.Index });
                }
            }
        }

        return findings;
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
