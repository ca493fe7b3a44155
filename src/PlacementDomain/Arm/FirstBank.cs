using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

/// <summary>Where bank 0 of a 1:1 allocation goes: as large as it can be, then as low as it can be.</summary>
internal static class FirstBank
{
    private const ulong NotFound = ulong.MaxValue;

    /// <summary>
    /// Bank 0 of order <paramref name="high"/> down to <paramref name="low"/>: for each order the
    /// lowest placement below 4 GiB, in the pool first; only when none exists at any of them, the
    /// lowest placement anywhere, in the pool first. Null when no block holds one.
    /// </summary>
    public static AddressRange? Place(IReadOnlyList<AddressRange> pool, IReadOnlyList<AddressRange> other, int high, int low)
    {
        foreach (var limit in (ReadOnlySpan<ulong>)[PhysicalAddress.FourGiB.Value, ulong.MaxValue])
        {
            var inPool = LowestPlacements(pool, limit, high, low);
            var inOther = LowestPlacements(other, limit, high, low);
            for (var order = high; order >= low; order--)
            {
                var start = inPool[order - low] != NotFound ? inPool[order - low] : inOther[order - low];
                if (start != NotFound)
                {
                    return AddressRange.FromSize(new PhysicalAddress(start), new ByteSize(1UL << order));
                }
            }
        }

        return null;
    }

    // For each order from low to high, the lowest start of a buddy block of that order inside one
    // of the sorted, disjoint blocks and ending at or below limit. The first block that holds an
    // order holds its lowest placement, so one pass in address order finds them all.
    private static ulong[] LowestPlacements(IReadOnlyList<AddressRange> blocks, ulong limit, int high, int low)
    {
        var lowest = new ulong[high - low + 1];
        Array.Fill(lowest, NotFound);
        var reached = low - 1;
        for (var i = 0; i < blocks.Count && reached < high; i++)
        {
            var start = blocks[i].Start.Value;
            if (start >= limit)
            {
                break;
            }

            var largest = Math.Min(BuddyOrder.Largest(start, Math.Min(blocks[i].End.Value, limit)), high);
            for (var order = reached + 1; order <= largest; order++)
            {
                lowest[order - low] = BuddyOrder.LowestAligned(start, order);
            }

            reached = Math.Max(reached, largest);
        }

        return lowest;
    }
}
