using System.Globalization;
using Placement.Domain.Memory;

namespace Placement.Domain.Inventory;

/// <summary>
/// The rules every range an inventory lists keeps, whatever it is (an RMRR, a RAM bank, a device's
/// MMIO): not empty, aligned at both ends, below the top of the address space, and apart from the
/// other ranges of its list. Each violation names the list's path, as the document does.
/// </summary>
internal static class RangeRules
{
    public const string Empty = "region-empty";
    public const string NotAligned = "region-not-aligned";
    public const string BeyondAddressSpace = "region-beyond-address-space";
    public const string Overlap = "region-overlap";

    public static IEnumerable<InventoryViolation> Check(AddressRange range, string path, ByteSize alignment, PhysicalAddress top)
    {
        var (start, end) = (range.Start, range.End);
        if (range.IsEmpty)
        {
            yield return new($"{path}.end", Empty, $"end must lie above start {start}; ranges are [start, end).");
        }

        if (!start.IsAlignedTo(alignment))
        {
            yield return new($"{path}.start", NotAligned, $"start {start} is not {Describe(alignment)} aligned.");
        }

        if (!end.IsAlignedTo(alignment))
        {
            // An inclusive end of 2^64 - 1 has no exclusive form: end + 1 would overflow.
            var hint = (end.Value & 0xfff) == 0xfff && end.Value != ulong.MaxValue ? $" end is exclusive: for an inclusive end of {end} write {end + new ByteSize(1)}." : "";
            yield return new($"{path}.end", NotAligned, $"end {end} is not {Describe(alignment)} aligned.{hint}");
        }

        if (end > top)
        {
            yield return new($"{path}.end", BeyondAddressSpace, $"end {end} lies beyond the physical address space (top {top}).");
        }
    }

    /// <summary>One violation per overlapping pair, at the later range; <paramref name="rule"/> says why they may not.</summary>
    public static IEnumerable<InventoryViolation> Overlaps(IReadOnlyList<AddressRange> ranges, Func<int, string> path, string rule) =>
        AddressRange.FindOverlaps(ranges).Select(pair =>
            new InventoryViolation(path(pair.Second), Overlap, $"{ranges[pair.Second]} overlaps {path(pair.First)} {ranges[pair.First]}; {rule}"));

    /// <summary>"4 KiB", "64 KiB"; bytes when below 1 KiB.</summary>
    public static string Describe(ByteSize alignment) =>
        alignment.Bytes >= ByteSize.KiB && alignment.Bytes % ByteSize.KiB == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{alignment.Bytes / ByteSize.KiB} KiB")
            : string.Create(CultureInfo.InvariantCulture, $"{alignment.Bytes}-byte");
}
