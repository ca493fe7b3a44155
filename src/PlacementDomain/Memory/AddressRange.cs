using System.Globalization;

namespace Placement.Domain.Memory;

/// <summary>
/// A half-open range of physical addresses <c>[Start, End)</c>: <see cref="Start"/> is inside,
/// <see cref="End"/> is the first address after it. Empty when they are equal; an empty range
/// overlaps nothing.
/// </summary>
public readonly record struct AddressRange : ISpanFormattable
{
    public AddressRange(PhysicalAddress start, PhysicalAddress end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"The end of a range may not lie before its start {start}.");
        }

        Start = start;
        End = end;
    }

    public PhysicalAddress Start { get; }

    /// <summary>The first address after the range (exclusive).</summary>
    public PhysicalAddress End { get; }

    public ByteSize Size => End - Start;

    public bool IsEmpty => Start == End;

    public static AddressRange FromSize(PhysicalAddress start, ByteSize size) => new(start, start + size);

    public bool Overlaps(AddressRange other) => !IsEmpty && !other.IsEmpty && Start < other.End && other.Start < End;

    public bool Contains(PhysicalAddress address) => Start <= address && address < End;

    /// <summary>True when every address of <paramref name="other"/> is inside this range.</summary>
    public bool Contains(AddressRange other) => Start <= other.Start && other.End <= End;

    /// <summary>True when both ends are multiples of <paramref name="alignment"/>.</summary>
    public bool IsAlignedTo(ByteSize alignment) => Start.IsAlignedTo(alignment) && End.IsAlignedTo(alignment);

    /// <summary>
    /// Every pair of overlapping ranges, as indexes into <paramref name="ranges"/> (lower index
    /// first), found by a sweep in start order: O(n log n + pairs).
    /// </summary>
    public static IReadOnlyList<(int First, int Second)> FindOverlaps(IReadOnlyList<AddressRange> ranges)
    {
        var order = Enumerable.Range(0, ranges.Count).Where(i => !ranges[i].IsEmpty).OrderBy(i => ranges[i].Start).ThenBy(i => ranges[i].End).ToList();
        var pairs = new List<(int, int)>();
        var open = new List<int>();
        foreach (var index in order)
        {
            var current = ranges[index];
            open.RemoveAll(i => ranges[i].End <= current.Start);
            pairs.AddRange(open.Select(i => (Math.Min(i, index), Math.Max(i, index))));
            open.Add(index);
        }

        return pairs;
    }

    /// <summary>
    /// The union of <paramref name="ranges"/> as disjoint ranges sorted by start: duplicates become
    /// one, overlapping ranges one range spanning them. Adjacent ranges stay apart (a reservation
    /// keeps the bounds of each RMRR it came from); empty ranges are left out.
    /// </summary>
    public static List<AddressRange> Union(IEnumerable<AddressRange> ranges)
    {
        var sorted = ranges.Where(r => !r.IsEmpty).OrderBy(r => r.Start).ToList();
        var union = new List<AddressRange>(sorted.Count);
        foreach (var range in sorted)
        {
            if (union.Count > 0 && range.Start < union[^1].End)
            {
                union[^1] = new AddressRange(union[^1].Start, PhysicalAddress.Max(union[^1].End, range.End));
            }
            else
            {
                union.Add(range);
            }
        }

        return union;
    }

    /// <summary>How many bytes <paramref name="ranges"/> hold together (overlaps counted twice); wide enough for any input.</summary>
    public static UInt128 TotalBytes(IEnumerable<AddressRange> ranges) => ranges.Aggregate(UInt128.Zero, (sum, r) => sum + r.Size.Bytes);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}, {End})");

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        destination.TryWrite(CultureInfo.InvariantCulture, $"[{Start}, {End})", out charsWritten);
}
