using Placement.Domain.Inventory;
using Placement.Domain.Memory;

namespace Placement.Domain.Layout;

/// <summary>
/// §5: hvmloader's placement of the assigned devices' BARs: largest first, each naturally aligned,
/// the low window grown downwards while RAM allows, 64-bit BARs moved high when it still does not
/// fit, kept RDMs skipped in the low window and reported in the high one.
/// </summary>
public static class BarPlacement
{
    public static readonly PhysicalAddress LowWindowEnd = new(0xFC000000);
    private static readonly PhysicalAddress DefaultLowWindowStart = new(0xF0000000);
    private static readonly AddressRange IoWindow = new(new PhysicalAddress(0xC000), new PhysicalAddress(0x10000));
    private static readonly ByteSize AlwaysHighAbove = new(ByteSize.GiB);

    public sealed record Result(PhysicalAddress LowWindowStart, List<PlacedBar> Bars, List<Finding> Findings);

    /// <summary>Places every BAR of <paramref name="devices"/> (the assigned devices, in guest slot order).</summary>
    public static Result Place(IReadOnlyList<PciDevice> devices, PlanRequest request, RamLayout ram, IReadOnlyList<AddressRange> keptRdms, int physAddressBits)
    {
        var bars = devices.SelectMany(d => d.Bars.OrderBy(b => b.Index).Select(b => (Device: d.Address, Bar: b)))
            .OrderByDescending(x => x.Bar.Size.Bytes) // stable: equal sizes keep slot, then index order
            .ToList();
        var mmioTotal = bars.Where(x => x.Bar.Kind != BarKind.Io && !AlwaysHigh(x.Bar)).Aggregate(ByteSize.Zero, (sum, x) => sum + x.Bar.Size);
        var lowStart = LowWindowStart(request, ram, mmioTotal, keptRdms);
        var moveHigh = mmioTotal > LowWindowEnd - lowStart;

        var placed = new List<PlacedBar>();
        var findings = new List<Finding>();
        var cursors = new Dictionary<BarWindow, PhysicalAddress>
        {
            [BarWindow.Low] = lowStart,
            [BarWindow.High] = PhysicalAddress.Max(ram.HighEnd ?? PhysicalAddress.Zero, PhysicalAddress.FourGiB),
            [BarWindow.Io] = IoWindow.Start,
        };
        var tops = new Dictionary<BarWindow, PhysicalAddress>
        {
            [BarWindow.Low] = LowWindowEnd,
            [BarWindow.High] = PhysicalAddress.TopOfAddressSpace(physAddressBits),
            [BarWindow.Io] = IoWindow.End,
        };
        foreach (var (device, bar) in bars)
        {
            var window = bar.Kind == BarKind.Io ? BarWindow.Io : bar.Is64Bit && (moveHigh || AlwaysHigh(bar)) ? BarWindow.High : BarWindow.Low;
            var skip = window == BarWindow.Low ? keptRdms : [];
            if (FirstFit(cursors[window], tops[window], bar.Size, skip) is not { } range)
            {
                findings.Add(Finding.Warning(FindingCodes.BarNoSpace,
                    $"no space for resource: BAR {bar.Index} of {device} ({bar.Size} bytes) stays unplaced in the {window.ToString().ToLowerInvariant()} window.",
                    device: device));
                continue;
            }

            cursors[window] = range.End;
            placed.Add(new PlacedBar(device, bar.Index, range, window));
            // One warning per overlapped RDM, so that the findings do not depend on the order of the list.
            foreach (var rdm in window == BarWindow.High ? keptRdms.Where(range.Overlaps) : [])
            {
                findings.Add(Finding.Warning(FindingCodes.HighBarOverlapsRdm,
                    $"BAR {bar.Index} of {device} at {range} overlaps the reserved region {rdm}; Xen does not check high BARs.",
                    rdm, device));
            }
        }

        return new Result(lowStart, placed, findings);
    }

    private static bool AlwaysHigh(Bar bar) => bar.Is64Bit && bar.Size > AlwaysHighAbove;

    private static PhysicalAddress LowWindowStart(PlanRequest request, RamLayout ram, ByteSize mmioTotal, IReadOnlyList<AddressRange> keptRdms)
    {
        var start = request.MmioHoleMiB is { } hole ? PhysicalAddress.FourGiB - ByteSize.FromMiB(hole) : DefaultLowWindowStart;
        if (request.MmioHoleMiB is null)
        {
            // Doubling downwards in 32 bits: 0xF0000000, 0xE0000000, 0xC0000000, 0x80000000; RAM never moves.
            while (mmioTotal > LowWindowEnd - start && unchecked((uint)(start.Value << 1)) is var doubled && doubled != 0 && new PhysicalAddress(doubled) >= ram.LowEnd)
            {
                start = new PhysicalAddress(doubled);
            }
        }

        var window = new AddressRange(start, LowWindowEnd);
        return start > ram.LowEnd && keptRdms.Any(window.Overlaps) ? ram.LowEnd : start;
    }

    /// <summary>The first <paramref name="size"/>-aligned range at or above <paramref name="from"/> below <paramref name="top"/> that avoids every range of <paramref name="avoid"/>.</summary>
    private static AddressRange? FirstFit(PhysicalAddress from, PhysicalAddress top, ByteSize size, IReadOnlyList<AddressRange> avoid)
    {
        var start = from.AlignUp(size);
        while (start < top && top - start >= size)
        {
            var candidate = AddressRange.FromSize(start, size);
            var hit = avoid.FirstOrDefault(candidate.Overlaps);
            if (hit.IsEmpty)
            {
                return candidate;
            }

            start = hit.End.AlignUp(size);
        }

        return null;
    }
}
