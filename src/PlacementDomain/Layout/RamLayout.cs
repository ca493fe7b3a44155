using Placement.Domain.Memory;

namespace Placement.Domain.Layout;

/// <summary>
/// §3: where guest RAM ends below and above 4G. <see cref="HighEnd"/> is null when the guest has no
/// RAM above 4G.
/// </summary>
public sealed record RamLayout(PhysicalAddress LowEnd, PhysicalAddress? HighEnd)
{
    private static readonly ByteSize TwoMiB = new(2 * ByteSize.MiB);

    /// <summary>Step 1: RAM (maxmem less video RAM) below the MMIO hole, the rest above 4G.</summary>
    public static RamLayout Initial(X86Request request)
    {
        var ram = ByteSize.FromMiB(request.LayoutMemoryMiB - request.VideoRamMiB);
        var holeStart = request.HoleStart;
        var lowEnd = PhysicalAddress.Zero + ram;
        return lowEnd > holeStart
            ? new RamLayout(holeStart, PhysicalAddress.FourGiB + (lowEnd - holeStart))
            : new RamLayout(lowEnd, null);
    }

    public AddressRange LowRam => new(PhysicalAddress.Zero, LowEnd);

    public AddressRange? HighRam => HighEnd is { } end ? new AddressRange(PhysicalAddress.FourGiB, end) : null;

    public bool OverlapsRam(AddressRange range) => range.Overlaps(LowRam) || (HighRam is { } high && range.Overlaps(high));

    /// <summary>
    /// Step 3: for each entry above the boundary that overlaps low RAM, end low RAM below it
    /// (2 MiB aligned with HAP) and move the difference above 4G. Total RAM is preserved.
    /// </summary>
    public RamLayout MoveBelow(IEnumerable<RdmEntry> entries, X86Request request)
    {
        var layout = this;
        var boundary = PhysicalAddress.Zero + request.Boundary;
        foreach (var entry in entries)
        {
            if (!entry.Range.Overlaps(layout.LowRam) || entry.Range.Start <= boundary)
            {
                continue;
            }

            var start = entry.Range.Start;
            if (request.Hap && start > PhysicalAddress.Zero + TwoMiB)
            {
                start = start.AlignDown(TwoMiB);
            }

            var highEnd = (layout.HighEnd ?? PhysicalAddress.FourGiB) + (layout.LowEnd - start);
            layout = layout with { LowEnd = start, HighEnd = highEnd };
        }

        return layout;
    }
}
