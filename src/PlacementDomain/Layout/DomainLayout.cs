using Placement.Domain.Memory;

namespace Placement.Domain.Layout;

/// <summary>
/// The layout a domain got at creation and keeps for life (§4 step 3): reboot, hotplug and
/// migration never recompute it. Every range has an exclusive end.
/// </summary>
public sealed record DomainLayout(
    RamLayout Ram,
    PhysicalAddress MmioHoleStart,
    IReadOnlyList<MemoryMapEntry> GuestMemoryMap,
    IReadOnlyList<MemoryMapEntry> E820,
    IReadOnlyList<RdmEntry> ReservedDeviceMemory,
    IReadOnlyList<PlacedBar> Bars) : GuestLayout
{
    /// <summary>The smallest <c>mmio_hole</c> (MiB) with which every BAR goes below 4G; null when none does (or not known, for layouts stored before).</summary>
    public ulong? MmioHoleMiBNeeded { get; init; }
}
