using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Imports;

/// <summary>
/// One <c>found ACPI_DMAR_RMRR</c> block of <c>xl dmesg</c>: its endpoints and every line that
/// gives its range. Xen prints, in order: header, "not in reserved memory" warning, endpoints,
/// non-existent/ignore lines, range line; a release build leaves out everything after the endpoints.
/// </summary>
internal sealed class XenRmrrBlock(int line)
{
    private const int PageShift = 12;
    private const ulong PageMask = (1UL << PageShift) - 1;

    public int Line { get; } = line;

    public List<PciAddress> Devices { get; } = [];

    /// <summary><c>bridge:</c> scopes: the devices below a bridge, which Xen does not name.</summary>
    public List<string> Bridges { get; } = [];

    /// <summary>The ranges the block's lines give, best source first once <see cref="Range"/> is asked.</summary>
    public List<(XenLineKind Kind, AddressRange Range, int Line)> Ranges { get; } = [];

    public bool IgnoredByXen { get; set; }

    public bool HasRangeLine => Ranges.Exists(r => r.Kind == XenLineKind.Range);

    /// <summary>
    /// The range line when printed; else the ignore/non-existent lines (Xen stops before the range
    /// line then); else the "not in reserved memory" warning. Null in a release build's log.
    /// </summary>
    public (AddressRange Range, int Line)? Range =>
        Ranges.OrderBy(r => Rank(r.Kind)).Select(r => ((AddressRange, int)?)(r.Range, r.Line)).FirstOrDefault();

    private static int Rank(XenLineKind kind) => kind switch
    {
        XenLineKind.Range => 0,
        XenLineKind.Ignored or XenLineKind.NonExistentDevice => 1,
        XenLineKind.NotReserved => 2,
        _ => 3,
    };

    /// <summary>The half-open range a range-giving line means; null when it ends before it starts or past 2^64-1.</summary>
    public static AddressRange? RangeOf(XenLineKind kind, ulong first, ulong last) => kind switch
    {
        // Xen 4.19+ prints the start of the last page (mfn_to_maddr), not the last byte.
        XenLineKind.NotReservedLastPage when last <= ulong.MaxValue - PageMask => InclusiveRange.From(first, last + PageMask),
        XenLineKind.NotReservedFrames when last <= ulong.MaxValue >> PageShift => InclusiveRange.From(first << PageShift, (last << PageShift) + PageMask),
        XenLineKind.NotReservedLastPage or XenLineKind.NotReservedFrames => null,
        _ => InclusiveRange.From(first, last),
    };

    /// <summary>The block's other ranges that differ from <paramref name="range"/>; a page-granular warning that rounds it up does not.</summary>
    public IEnumerable<(AddressRange Range, int Line)> Disagreeing(AddressRange range) =>
        Ranges.Where(r => r.Range != range && !(r.Kind == XenLineKind.NotReserved && r.Range.Start == range.Start && r.Range.End == range.End.AlignUp(new ByteSize(1UL << PageShift))))
            .Select(r => (r.Range, r.Line));
}
