using Placement.Domain.Inventory;
using Placement.Domain.Memory;

namespace Placement.Domain.Fleet;

/// <summary>
/// A host as loaded for a placement: its inventory, what its live domains hold, and the live
/// domain that has the placed domain's name there, if any.
/// </summary>
public sealed record CandidateHost(HostName Host, HostInventory Inventory, HostUsage Usage, Guid? NameHolder = null)
{
    /// <summary>The host's memory less what its live domains use; zero when they use more.</summary>
    public ByteSize FreeMemory => Usage.FreeOf(Inventory.Memory);
}
