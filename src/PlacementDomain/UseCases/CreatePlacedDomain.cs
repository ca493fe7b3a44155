using Placement.Domain.Domains;
using Placement.Domain.Fleet;
using Placement.Domain.Inventory;

namespace Placement.Domain.UseCases;

/// <summary>
/// One attempt of a placed create, on a candidate host as it is now (locked, read again): the
/// placement's choice on that host (<see cref="HostFit"/>), which may differ from the one the
/// search saw if a concurrent create took a device meanwhile, then the create with those devices
/// (<see cref="CreateDomain"/>); the domain keeps how it was placed. Null when the host cannot take
/// the domain any more: the caller tries its next candidate, having written nothing.
/// </summary>
public static class CreatePlacedDomain
{
    /// <summary>How many candidates a placed create tries before it answers that no host fits.</summary>
    public const int MaxAttempts = 8;

    public static CreateOutcome.Created? Decide(
        PlacementRequest request, HostName host, HostInventory inventory, HostOccupancy occupancy, string name, Guid id, DateTimeOffset now) =>
        HostFit.Of(request with { Name = name }, new CandidateHost(host, inventory, occupancy.Usage, occupancy.NameHolder)) is HostFit.Fits { Candidate: var candidate }
            && CreateDomain.Decide(host, inventory, occupancy, name, candidate.Request, id, now) is CreateOutcome.Created created
            ? created with { Domain = created.Domain with { Placement = DomainPlacement.Of(request, candidate.Devices) } }
            : null;
}
