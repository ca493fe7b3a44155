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
}
