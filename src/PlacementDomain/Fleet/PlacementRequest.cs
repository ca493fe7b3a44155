using Placement.Domain.Layout;

namespace Placement.Domain.Fleet;

/// <summary>Which of the hosts that fit equally well comes first.</summary>
public enum PlacementStrategy
{
    /// <summary>The host with the most free memory left: domains spread over the fleet.</summary>
    Spread,

    /// <summary>The host with the least free memory left: hosts fill up one after the other, the others stay free.</summary>
    Pack,
}

/// <summary>
/// What a placement asks for: a domain with the settings of a plan request (memory in MiB, RDM
/// strategy and policy, boundary, MMIO hole, ...) on one of the hosts <see cref="Hosts"/> admits,
/// with devices of the kinds <see cref="Devices"/> lists instead of addresses; the best
/// <see cref="Limit"/> hosts (at least 1) in <see cref="Strategy"/>'s order. x86_64 only for now.
/// </summary>
/// <param name="Settings">The domain's settings; its device list is ignored (the placement fills it).</param>
/// <param name="SameNumaNode">Every chosen device on one NUMA node; a device whose node is unknown is on none.</param>
/// <param name="Name">The domain's name, if it has one: a host where a live domain has it already is passed over.</param>
public sealed record PlacementRequest(
    X86Request Settings,
    HostFilter Hosts,
    IReadOnlyList<DeviceWanted> Devices,
    bool SameNumaNode,
    PlacementStrategy Strategy,
    int Limit,
    string? Name);
