using Placement.Domain.Domains;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Pci;

namespace Placement.Persistence.Domains;

/// <summary>The history lines each write leaves.</summary>
internal static class DomainEvents
{
    public const string AssignedKind = "assigned";
    public const string RefusedKind = "refused";
    public const string ReleasedKind = "released";
    public const string MigratedKind = "migrated";
    public const string RebootedKind = "rebooted";

    public static AssignmentEventRow Assigned(Guid domain, string domainName, HostName host, DeviceAssignment assignment) => new()
    {
        DomainId = domain,
        HostName = host.Value,
        DomainName = domainName,
        Kind = AssignedKind,
        Sbdf = assignment.Device.ToString(),
        RdmPolicy = assignment.Policy.Name(),
        Outcome = assignment.Outcome.Name(),
        Findings = DomainDocuments.Write(assignment.Findings),
        At = assignment.AssignedAt,
    };

    public static AssignmentEventRow Released(DomainRow domain, AssignmentRow assignment, DateTimeOffset now) => new()
    {
        DomainId = domain.Id,
        HostName = domain.HostName,
        DomainName = domain.Name,
        Kind = ReleasedKind,
        Sbdf = assignment.Sbdf,
        RdmPolicy = assignment.RdmPolicy,
        Findings = "[]",
        At = now,
    };

    /// <summary>A create refused: no domain, so the line keeps the whole request and every finding.</summary>
    public static AssignmentEventRow RefusedCreate(HostName host, string name, DomainRequest request, IEnumerable<Finding> findings, DateTimeOffset now) => new()
    {
        HostName = host.Value,
        DomainName = name,
        Kind = RefusedKind,
        Outcome = AssignmentOutcome.Refused.Name(),
        Findings = DomainDocuments.Write(findings),
        Request = DomainDocuments.Write(request),
        At = now,
    };

    public static AssignmentEventRow RefusedHotplug(PlacedDomain domain, DeviceOutcome outcome, DateTimeOffset now) => new()
    {
        DomainId = domain.Id,
        HostName = domain.Host.Value,
        DomainName = domain.Name,
        Kind = RefusedKind,
        Sbdf = outcome.Device.ToString(),
        RdmPolicy = outcome.Policy.Name(),
        Outcome = outcome.Outcome.Name(),
        Findings = DomainDocuments.Write(outcome.Findings),
        At = now,
    };

    public static AssignmentEvent ToEvent(AssignmentEventRow row) => new(
        row.Id,
        row.DomainId,
        row.HostName,
        row.DomainName,
        row.Kind switch
        {
            AssignedKind => AssignmentEventKind.Assigned,
            RefusedKind => AssignmentEventKind.Refused,
            MigratedKind => AssignmentEventKind.Migrated,
            RebootedKind => AssignmentEventKind.Rebooted,
            _ => AssignmentEventKind.Released,
        },
        row.Sbdf is { } sbdf ? PciAddress.Parse(sbdf) : null,
        row.RdmPolicy is { } policy ? LayoutNames.Policies[policy] : null,
        row.Outcome is { } outcome ? Names.Outcomes[outcome] : null,
        DomainDocuments.ReadFindings(row.Findings),
        row.Request is { } request ? DomainDocuments.ReadRequest(request) : null,
        row.At,
        row.FromHost,
        row.Caller);

    /// <summary>A migration, done or refused: the whole move is one line, with the check's findings.</summary>
    public static AssignmentEventRow Migration(Guid domain, string domainName, HostName from, HostName to, bool refused, IEnumerable<Finding> findings, DateTimeOffset now) => new()
    {
        DomainId = domain,
        HostName = to.Value,
        FromHost = from.Value,
        DomainName = domainName,
        Kind = refused ? RefusedKind : MigratedKind,
        Outcome = refused ? AssignmentOutcome.Refused.Name() : null,
        Findings = DomainDocuments.Write(findings),
        At = now,
    };

    /// <summary>A reboot: the line records when and, as an info finding, what the recomputed layout changed.</summary>
    public static AssignmentEventRow Rebooted(DomainRow domain, IReadOnlyList<string> changes, DateTimeOffset now) => new()
    {
        DomainId = domain.Id,
        HostName = domain.HostName,
        DomainName = domain.Name,
        Kind = RebootedKind,
        Findings = DomainDocuments.Write(changes.Count == 0
            ? []
            : [Finding.Info(FindingCodes.LayoutRecomputed, $"The layout was recomputed at reboot: {string.Join("; ", changes)}.")]),
        At = now,
    };
}
