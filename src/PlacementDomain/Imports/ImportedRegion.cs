using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Imports;

/// <summary>
/// A reserved region read from a file: <see cref="Range"/> is half-open (the source's inclusive
/// end plus one). <see cref="Devices"/> are the devices the source names for it, empty when the
/// format names none (Linux <c>RMRR base:</c> lines, sysfs). <see cref="Flags"/> carry what the
/// source says beyond the range (<see cref="ImportedRegionFlags"/>).
/// </summary>
public sealed record ImportedRegion(AddressRange Range, IReadOnlyList<PciAddress> Devices)
{
    public IReadOnlyList<string> Flags { get; init; } = [];
}
