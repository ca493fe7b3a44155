namespace Placement.Persistence.Placements;

/// <summary>
/// A host's memory less what its live domains use, kept by the database (<see cref="HostFreeMemory"/>):
/// placement reads the hosts in this order without summing the domains of the whole fleet.
/// </summary>
public sealed class HostFreeMemoryRow
{
    public required string HostName { get; set; }

    public long FreeMiB { get; set; }
}
