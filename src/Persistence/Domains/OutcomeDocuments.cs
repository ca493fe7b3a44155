using System.Text.Json;
using Placement.Domain.Domains;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Pci;
using Placement.Domain.UseCases;
using Placement.Persistence.Placements;

namespace Placement.Persistence.Domains;

/// <summary>
/// The outcomes of keyed writes as stored with their key, to replay to a retry: a create's domain
/// (as it was created), refusal or name holder; a hotplug's assignment or refusal, or a destroyed
/// domain. Other outcomes (not found, another architecture) are not stored: a retry meets them afresh.
/// </summary>
internal static class OutcomeDocuments
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string? Write(CreateOutcome outcome) => outcome switch
    {
        CreateOutcome.Created created => Serialize(new OutcomeDocument("created", Domain: Write(created.Domain))),
        CreateOutcome.Refused refused => Serialize(new OutcomeDocument("refused", Devices: refused.Devices.Select(Write).ToList(),
            Findings: DomainDocuments.Write(refused.Findings), RefusalId: refused.RefusalId)),
        CreateOutcome.NameTaken taken => Serialize(new OutcomeDocument("name-taken", Holder: taken.Holder)),
        _ => null,
    };

    public static CreateOutcome ReadCreate(string json)
    {
        var d = Deserialize(json);
        return d.Kind switch
        {
            "created" => new CreateOutcome.Created(Read(d.Domain!), []),
            "refused" => new CreateOutcome.Refused(d.Devices!.Select(Read).ToList(), DomainDocuments.ReadFindings(d.Findings!)) { RefusalId = d.RefusalId!.Value },
            _ => new CreateOutcome.NameTaken(d.Holder!.Value),
        };
    }

    public static string? Write(HotplugOutcome outcome) => outcome switch
    {
        HotplugOutcome.Attached attached => Serialize(new OutcomeDocument("attached", Assignment: Write(attached.Assignment))),
        HotplugOutcome.Refused refused => Serialize(new OutcomeDocument("refused", Devices: [Write(refused.Outcome)], RefusalId: refused.RefusalId)),
        HotplugOutcome.DomainDestroyed => Serialize(new OutcomeDocument("destroyed")),
        _ => null,
    };

    public static HotplugOutcome ReadHotplug(string json)
    {
        var d = Deserialize(json);
        return d.Kind switch
        {
            "attached" => new HotplugOutcome.Attached(Read(d.Assignment!)),
            "refused" => new HotplugOutcome.Refused(Read(d.Devices![0])) { RefusalId = d.RefusalId!.Value },
            _ => new HotplugOutcome.DomainDestroyed(),
        };
    }

    private static DomainDocument Write(PlacedDomain domain) => new(
        domain.Id, domain.Host.Value, domain.Name, DomainDocuments.Write(domain.Request), DomainDocuments.Write(domain.Layout),
        DomainDocuments.Write(domain.Findings), domain.Devices.Select(Write).ToList(), domain.CreatedAt,
        domain.Placement is { } placement ? PlacementDocuments.Write(placement) : null);

    private static PlacedDomain Read(DomainDocument d)
    {
        var request = DomainDocuments.ReadRequest(d.Request);
        return new PlacedDomain(d.Id, HostName.Parse(d.Host), d.Name, DomainState.Live, request, DomainDocuments.ReadLayout(d.Layout, request),
            DomainDocuments.ReadFindings(d.Findings), d.Devices.Select(Read).ToList(), d.CreatedAt, null,
            d.Placement is { } placement ? PlacementDocuments.Read(placement) : null);
    }

    private static AssignmentDocument Write(DeviceAssignment a) =>
        new(Write(new DeviceOutcome(a.Device, a.Policy, a.Outcome, a.Findings) { IdentityMaps = a.IdentityMaps }), a.AssignedAt);

    private static DeviceAssignment Read(AssignmentDocument d)
    {
        var outcome = Read(d.Device);
        return DeviceAssignment.Of(outcome, d.AssignedAt);
    }

    private static DeviceOutcomeDocument Write(DeviceOutcome o) =>
        new(o.Device.ToString(), o.Policy.Name(), o.Outcome.Name(), DomainDocuments.Write(o.Findings), DomainDocuments.Write(o.IdentityMaps));

    private static DeviceOutcome Read(DeviceOutcomeDocument d) =>
        new(PciAddress.Parse(d.Sbdf), LayoutNames.Policies[d.Policy], Names.Outcomes[d.Outcome], DomainDocuments.ReadFindings(d.Findings))
        {
            IdentityMaps = d.IdentityMaps is { } maps ? DomainDocuments.ReadRanges(maps) : [],
        };

    private static string Serialize(OutcomeDocument document) => JsonSerializer.Serialize(document, Options);

    private static OutcomeDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<OutcomeDocument>(json, Options) ?? throw new InvalidDataException("An empty outcome document.");

    // Findings, requests and layouts are nested as the documents DomainDocuments writes.
    private sealed record OutcomeDocument(
        string Kind, DomainDocument? Domain = null, List<DeviceOutcomeDocument>? Devices = null, string? Findings = null, long? RefusalId = null,
        Guid? Holder = null, AssignmentDocument? Assignment = null);

    private sealed record DomainDocument(
        Guid Id, string Host, string Name, string Request, string Layout, string Findings, List<AssignmentDocument> Devices, DateTimeOffset CreatedAt,
        string? Placement = null);

    private sealed record AssignmentDocument(DeviceOutcomeDocument Device, DateTimeOffset AssignedAt);

    private sealed record DeviceOutcomeDocument(string Sbdf, string Policy, string Outcome, string Findings, string? IdentityMaps = null);
}
