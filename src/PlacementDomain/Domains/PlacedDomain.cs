using Placement.Domain.Fleet;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Domains;

public enum DomainState
{
    Live,
    Destroyed,
}

/// <summary>
/// A device a domain holds, with the outcome and findings it was assigned with, and the RMRRs
/// identity-mapped for it at the domain's last boot or when it was attached.
/// </summary>
public sealed record DeviceAssignment(PciAddress Device, RdmPolicy Policy, AssignmentOutcome Outcome, IReadOnlyList<Finding> Findings, DateTimeOffset AssignedAt)
{
    public IReadOnlyList<AddressRange> IdentityMaps { get; init; } = [];

    /// <summary>The assignment a device's outcome in a plan, hotplug or move becomes at <paramref name="at"/>.</summary>
    public static DeviceAssignment Of(DeviceOutcome outcome, DateTimeOffset at) =>
        new(outcome.Device, outcome.Policy, outcome.Outcome, outcome.Findings, at) { IdentityMaps = outcome.IdentityMaps };
}

/// <summary>
/// A domain placed on a host: the request it was created from, the layout it keeps for life
/// (x86_64 or arm64), the findings of its creation, and the devices it holds now (none once destroyed).
/// A domain of a placed create keeps how it was placed (<see cref="Placement"/>); one created on a named host has none.
/// </summary>
public sealed record PlacedDomain(
    Guid Id,
    HostName Host,
    string Name,
    DomainState State,
    DomainRequest Request,
    GuestLayout Layout,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<DeviceAssignment> Devices,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DestroyedAt,
    DomainPlacement? Placement = null)
{
    public bool IsLive => State == DomainState.Live;

    /// <summary>An x86_64 domain as a hotplug or migration check sees it.</summary>
    public LiveDomain ToLiveDomain() => (Layout, Request) is (DomainLayout layout, X86Request request)
        ? new(Id, request.GlobalPolicy, layout, Devices.Select(d => d.Device).ToList(), request.PassthroughEnabled, IdentityMaps.Framebuffer(layout, request))
        : throw new InvalidOperationException($"Domain {Id} is an arm64 domain.");

    /// <summary>The devices it holds now, as requests with the policies they have.</summary>
    public IReadOnlyList<DeviceRequest> DeviceRequests => Devices.Select(d => new DeviceRequest(d.Device, d.Policy)).ToList();
}
