using Placement.Domain.Domains;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Pci;
using Placement.Persistence.Placements;

namespace Placement.Persistence.Domains;

internal static class DomainRowMapping
{
    /// <summary>The devices a domain holds now, in the order it got them.</summary>
    public static IQueryable<AssignmentRow> LiveAssignments(this PlacementDbContext db, Guid domain) =>
        db.Set<AssignmentRow>().Where(a => a.DomainId == domain && a.ReleasedAt == null).OrderBy(a => a.Id);

    public static DomainRow ToRow(PlacedDomain domain) => new()
    {
        Id = domain.Id,
        HostName = domain.Host.Value,
        Name = domain.Name,
        State = NameOf(domain.State),
        MemoryMiB = checked((long)domain.Request.MemoryMiB),
        Settings = DomainDocuments.Write(domain.Request),
        Layout = DomainDocuments.Write(domain.Layout),
        Findings = DomainDocuments.Write(domain.Findings),
        Placement = domain.Placement is { } placement ? PlacementDocuments.Write(placement) : null,
        CreatedAt = domain.CreatedAt,
    };

    public static AssignmentRow ToRow(Guid domain, HostName host, DeviceAssignment assignment) => new()
    {
        DomainId = domain,
        HostName = host.Value,
        Sbdf = assignment.Device.ToString(),
        RdmPolicy = assignment.Policy.Name(),
        Outcome = assignment.Outcome.Name(),
        Findings = DomainDocuments.Write(assignment.Findings),
        IdentityMaps = DomainDocuments.Write(assignment.IdentityMaps),
        AssignedAt = assignment.AssignedAt,
    };

    public static PlacedDomain ToStored(DomainRow row, IEnumerable<AssignmentRow> live) =>
        ToStored(row, live.Select(ToStored).ToList());

    public static PlacedDomain ToStored(DomainRow row, IReadOnlyList<DeviceAssignment> devices)
    {
        var request = DomainDocuments.ReadRequest(row.Settings);
        return new(
            row.Id,
            HostName.Parse(row.HostName),
            row.Name,
            StateOf(row.State),
            request,
            DomainDocuments.ReadLayout(row.Layout, request),
            DomainDocuments.ReadFindings(row.Findings),
            devices,
            row.CreatedAt,
            row.DestroyedAt,
            row.Placement is { } placement ? PlacementDocuments.Read(placement) : null);
    }

    public static DeviceAssignment ToStored(AssignmentRow row) => new(
        PciAddress.Parse(row.Sbdf),
        LayoutNames.Policies[row.RdmPolicy],
        Names.Outcomes[row.Outcome],
        DomainDocuments.ReadFindings(row.Findings),
        row.AssignedAt)
    {
        IdentityMaps = row.IdentityMaps is { } maps ? DomainDocuments.ReadRanges(maps) : [],
    };

    public static DomainState StateOf(string state) => state == DomainConfiguration.Live ? DomainState.Live : DomainState.Destroyed;

    public static string NameOf(DomainState state) => state == DomainState.Live ? DomainConfiguration.Live : DomainConfiguration.Destroyed;
}
