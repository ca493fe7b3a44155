using Placement.Api.Hosts;
using Placement.Api.Placements;
using Placement.Api.Plans;
using Placement.Domain.Domains;
using Placement.Domain.Layout;
using Placement.Persistence.Domains;

namespace Placement.Api.Domains;

internal static class DomainMapping
{
    public static DomainResponse ToResponse(this PlacedDomain domain)
    {
        var (layout, arm) = domain.Layout.ToResponse();
        return new(
            domain.Id,
            domain.Name,
            domain.Host.Value,
            domain.State.Name(),
            domain.Request.ToBody(domain.Name),
            layout,
            domain.Devices.Select(ToResponse).ToList(),
            domain.Findings.Select(f => f.ToResponse()).ToList(),
            domain.CreatedAt,
            domain.DestroyedAt,
            arm,
            domain.Placement?.ToResponse());
    }

    public static AssignmentResponse ToResponse(this DeviceAssignment assignment) => new(
        assignment.Device.ToString(),
        assignment.Policy.Name(),
        assignment.Outcome.Name(),
        assignment.Findings.Select(f => f.ToResponse()).ToList(),
        assignment.AssignedAt,
        assignment.IdentityMaps.Select(r => new AddressRangeResponse(r.Start.ToString(), r.End.ToString())).ToList());

    public static DomainSummaryResponse ToResponse(this DomainSummary domain) =>
        new(domain.Id, domain.Name, domain.Host, domain.State.Name(), domain.MemoryMiB, domain.Devices, domain.CreatedAt, domain.DestroyedAt);

    public static AssignmentEventResponse ToResponse(this AssignmentEvent entry) => new(
        entry.Id,
        entry.Kind.Name(),
        entry.Host,
        entry.FromHost,
        entry.Device?.ToString(),
        entry.Policy?.Name(),
        entry.Outcome?.Name(),
        entry.Findings.Select(f => f.ToResponse()).ToList(),
        entry.At,
        entry.Caller);

    public static RefusalResponse ToRefusal(this AssignmentEvent entry) =>
        new(entry.Id, entry.Request!.ToBody(entry.DomainName), entry.Findings.Select(f => f.ToResponse()).ToList(), entry.At, entry.Caller);

    public static string Name(this DomainState state) => state == DomainState.Live ? "live" : "destroyed";

    public static string Name(this AssignmentEventKind kind) => kind switch
    {
        AssignmentEventKind.Assigned => "assigned",
        AssignmentEventKind.Refused => "refused",
        AssignmentEventKind.Migrated => "migrated",
        AssignmentEventKind.Rebooted => "rebooted",
        _ => "released",
    };
}
