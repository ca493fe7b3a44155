namespace Placement.Persistence.Placements;

/// <summary>
/// Each host's free memory (its memory less what its live domains use) kept in a table of its own
/// (<see cref="HostFreeMemoryRow"/>) by triggers, in the transaction of every write that changes
/// it: a host stored or its memory replaced, a domain created, destroyed, deleted or moved to
/// another host, whatever code writes it (migration <c>HostFreeMemory</c>). Placement reads the
/// hosts in the order of their free memory from an index, a page at a time, instead of summing the
/// live domains of the whole fleet and sorting it for every page.
/// </summary>
internal static class HostFreeMemory
{
    public const string Table = "host_free_memory";
}
