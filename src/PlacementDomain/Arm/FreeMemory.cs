using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

/// <summary>What is left of a host's RAM once the ranges already taken are removed.</summary>
public static class FreeMemory
{
    /// <summary>
    /// The addresses of <paramref name="ram"/> that no range of <paramref name="taken"/> covers, as
    /// free blocks sorted by start: overlapping or adjacent pieces become one block, empty ones are
    /// left out. Either input may be unsorted and overlap itself. O((n + m) log(n + m)).
    /// </summary>
    public static List<AddressRange> Subtract(IEnumerable<AddressRange> ram, IEnumerable<AddressRange> taken)
    {
        var free = Merged(ram);
        var holes = Merged(taken);

        // Each hole cuts at most one block in two: that bounds the number of blocks.
        var blocks = new List<AddressRange>(free.Length + holes.Length);
        var h = 0;
        foreach (var block in free)
        {
            var start = block.Start;
            while (h < holes.Length && holes[h].End <= start)
            {
                h++;
            }

            // Holes are sorted and disjoint: each one that starts inside the block cuts it once.
            for (var i = h; i < holes.Length && holes[i].Start < block.End; i++)
            {
                if (start < holes[i].Start)
                {
                    blocks.Add(new AddressRange(start, holes[i].Start));
                }

                start = PhysicalAddress.Max(start, holes[i].End);
            }

            if (start < block.End)
            {
                blocks.Add(new AddressRange(start, block.End));
            }
        }

        return blocks;
    }

    // Sorted by start, with overlapping and adjacent ranges joined and empty ones left out: merged
    // in place in a copy of the ranges.
    private static ReadOnlySpan<AddressRange> Merged(IEnumerable<AddressRange> ranges)
    {
        var sorted = ranges.ToArray();
        sorted.AsSpan().Sort(default(StartOrder));
        var count = 0;
        foreach (var range in sorted)
        {
            if (range.IsEmpty)
            {
                continue;
            }

            if (count > 0 && range.Start <= sorted[count - 1].End)
            {
                sorted[count - 1] = new AddressRange(sorted[count - 1].Start, PhysicalAddress.Max(sorted[count - 1].End, range.End));
            }
            else
            {
                sorted[count++] = range;
            }
        }

        return sorted.AsSpan(0, count);
    }

    private readonly struct StartOrder : IComparer<AddressRange>
    {
        public int Compare(AddressRange x, AddressRange y) => x.Start.CompareTo(y.Start);
    }
}
