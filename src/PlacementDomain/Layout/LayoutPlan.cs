using Placement.Domain.Memory;

namespace Placement.Domain.Layout;

/// <summary>
/// The answer to a plan: the guest layout, the RDM entries with their fate, where the BARs go,
/// each device's outcome, and every finding. <see cref="GuestMemoryMap"/> and <see cref="E820"/>
/// are null when the plan is not feasible (the domain would not be built).
/// </summary>
public sealed record LayoutPlan(
    bool Feasible,
    PhysicalAddress LowMemEnd,
    PhysicalAddress? HighMemEnd,
    PhysicalAddress MmioHoleStart,
    IReadOnlyList<MemoryMapEntry>? GuestMemoryMap,
    IReadOnlyList<MemoryMapEntry>? E820,
    IReadOnlyList<RdmEntry> ReservedDeviceMemory,
    IReadOnlyList<PlacedBar> Bars,
    IReadOnlyList<DeviceOutcome> Devices,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>The smallest <c>mmio_hole</c> (MiB) with which every BAR goes below 4G; null when none does.</summary>
    public ulong? MmioHoleMiBNeeded { get; init; }

    /// <summary>The layout a domain created from this plan keeps; null when the plan is not feasible.</summary>
    public DomainLayout? Layout => Feasible
        ? new DomainLayout(new RamLayout(LowMemEnd, HighMemEnd), MmioHoleStart, GuestMemoryMap!, E820!, ReservedDeviceMemory, Bars) { MmioHoleMiBNeeded = MmioHoleMiBNeeded }
        : null;
}
