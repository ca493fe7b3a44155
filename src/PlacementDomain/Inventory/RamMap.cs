using Placement.Domain.Memory;

namespace Placement.Domain.Inventory;

/// <summary>
/// The RAM of an arm64 host as disjoint stretches in address order: its banks, merged where they
/// touch or overlap (two adjacent banks are one stretch of RAM). Lookups are binary searches, so
/// checking every device's MMIO against 256 banks stays cheap.
/// </summary>
internal sealed class RamMap
{
    private readonly List<AddressRange> stretches = [];

    public RamMap(IEnumerable<AddressRange> banks)
    {
        foreach (var bank in banks.Where(b => !b.IsEmpty).OrderBy(b => b.Start))
        {
            if (stretches.Count > 0 && bank.Start <= stretches[^1].End)
            {
                stretches[^1] = new AddressRange(stretches[^1].Start, PhysicalAddress.Max(stretches[^1].End, bank.End));
            }
            else
            {
                stretches.Add(bank);
            }
        }
    }

    /// <summary>The first stretch of RAM that <paramref name="range"/> overlaps, or null.</summary>
    public AddressRange? Overlapping(AddressRange range) =>
        FirstEndingAfter(range.Start) is { } stretch && stretch.Overlaps(range) ? stretch : null;

    /// <summary>True when all of <paramref name="range"/> is RAM.</summary>
    public bool Contains(AddressRange range) => FirstEndingAfter(range.Start) is { } stretch && stretch.Contains(range);

    /// <summary>The stretch holding <paramref name="address"/> or, if none does, the next one above it.</summary>
    private AddressRange? FirstEndingAfter(PhysicalAddress address)
    {
        var (low, high) = (0, stretches.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (stretches[middle].End <= address)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < stretches.Count ? stretches[low] : null;
    }
}
