using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Pci;

namespace Placement.Persistence.Domains;

internal static class DomainRowMapping
{
    /// <summary>The devices a domain holds now, in the order it got them.</summary>
    public static IQueryable<AssignmentRow> LiveAssignments(this PlacementDbContext db, Guid domain) =>
        db.Set<AssignmentRow>().Where(a => a.DomainId == domain && a.ReleasedAt == null).OrderBy(a => a.Id);

    public static DomainRow ToRow(Guid id, HostName host, string name, PlanRequest request, IEnumerable<Finding> findings, GuestLayout layout, DateTimeOffset now) => new()
    {
        Id = id,
        HostName = host.Value,
        Name = name,
        State = DomainConfiguration.Live,
        MemoryMiB = checked((long)request.MemoryMiB),
        Settings = DomainDocuments.Write(request),
        Layout = DomainDocuments.Write(layout),
        Findings = DomainDocuments.Write(findings),
        CreatedAt = now,
    };

    public static AssignmentRow ToRow(Guid domain, HostName host, StoredAssignment assignment) => new()
    {
        DomainId = domain,
        HostName = host.Value,
        Sbdf = assignment.Device.ToString(),
        RdmPolicy = assignment.Policy.Name(),
        Outcome = assignment.Outcome.Name(),
        Findings = DomainDocuments.Write(assignment.Findings),
        AssignedAt = assignment.AssignedAt,
    };

    public static StoredDomain ToStored(DomainRow row, IEnumerable<AssignmentRow> live) =>
        ToStored(row, live.Select(ToStored).ToList());

    public static StoredDomain ToStored(DomainRow row, IReadOnlyList<StoredAssignment> devices)
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
            row.DestroyedAt);
    }

    public static StoredAssignment ToStored(AssignmentRow row) => new(
        PciAddress.Parse(row.Sbdf),
        LayoutNames.Policies[row.RdmPolicy],
        Names.Outcomes[row.Outcome],
        DomainDocuments.ReadFindings(row.Findings),
        row.AssignedAt);

    public static DomainState StateOf(string state) => state == DomainConfiguration.Live ? DomainState.Live : DomainState.Destroyed;

    public static string NameOf(DomainState state) => state == DomainState.Live ? DomainConfiguration.Live : DomainConfiguration.Destroyed;
}
