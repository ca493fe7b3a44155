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
        var blocks = new List<AddressRange>(free.Count);
        var h = 0;
        foreach (var block in free)
        {
            var start = block.Start;
            while (h < holes.Count && holes[h].End <= start)
            {
                h++;
            }

            // Holes are sorted and disjoint: each one that starts inside the block cuts it once.
            for (var i = h; i < holes.Count && holes[i].Start < block.End; i++)
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

    // Sorted by start, with overlapping and adjacent ranges joined and empty ones left out.
    private static List<AddressRange> Merged(IEnumerable<AddressRange> ranges)
    {
        var sorted = ranges.Where(r => !r.IsEmpty).ToArray();
        Array.Sort(sorted, static (a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<AddressRange>(sorted.Length);
        foreach (var range in sorted)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = new AddressRange(merged[^1].Start, PhysicalAddress.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }
}
