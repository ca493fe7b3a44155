using System.ComponentModel;
using System.Text.Json.Serialization;
using Placement.Api.Hosts;
using Placement.Api.Placements;
using Placement.Api.Plans;

namespace Placement.Api.Domains;

[Description("A domain: the request it was created from, the layout it keeps for life, the findings of its creation and the devices it holds now.")]
public sealed record DomainResponse(
    Guid Id,
    string Name,
    string Host,
    [property: Description("live or destroyed.")] string State,
    [property: Description("The create request with its defaults filled in; rdm.policy and a device's rdmPolicy stay null when not given, since their absence has a meaning (docs/xen-rules.md §2).")] PlanRequestBody Request,
    [property: Description("The x86 HVM layout of the domain's last boot (creation or reboot): hotplug and migration never recompute it. Null for an arm64 domain.")] LayoutResponse? Layout,
    [property: Description("The devices the domain holds now; empty once destroyed.")] IReadOnlyList<AssignmentResponse> Devices,
    [property: Description("What the plan found at the domain's last boot (warnings only: an error refuses the create or the reboot).")] IReadOnlyList<FindingResponse> Findings,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DestroyedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull),
        Description("The arm64 layout, fixed at creation; a direct-mapped domain keeps its banks across reboots until destroyed. Absent for x86_64.")] ArmLayoutResponse? Arm = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull),
        Description("How a placed create (POST /v1/domains) chose the host and devices; absent for a domain created on a named host.")] DomainPlacementResponse? Placement = null);

[Description("What the placement request asked for besides the domain's settings (those are the domain's request), and the device request each chosen device answers. Kept for life: a hotplug or move does not change it.")]
public sealed record DomainPlacementResponse(
    HostFilterBody Hosts,
    IReadOnlyList<DeviceWantedBody> DeviceRequests,
    bool SameNumaNode,
    [property: Description("spread or pack.")] string Strategy,
    [property: Description("The devices chosen at creation, by device request.")] IReadOnlyList<ChosenDeviceResponse> Devices);

[Description("A device a domain holds, with the outcome it was assigned with.")]
public sealed record AssignmentResponse(
    string Sbdf,
    string RdmPolicy,
    [property: Description("assigned or assigned-with-warnings.")] string Outcome,
    IReadOnlyList<FindingResponse> Findings,
    DateTimeOffset AssignedAt,
    [property: Description("The device's RMRRs identity-mapped into the guest (guest-physical == host-physical), as of the domain's last boot or the device's attach.")]
        IReadOnlyList<AddressRangeResponse> IdentityMaps);

public sealed record DomainSummaryResponse(
    Guid Id, string Name, string Host, string State, long MemoryMiB, IReadOnlyList<string> Devices, DateTimeOffset CreatedAt, DateTimeOffset? DestroyedAt);

[Description("One line of a domain's assignment history.")]
public sealed record AssignmentEventResponse(
    long Id,
    [property: Description("assigned, refused, released, migrated or rebooted.")] string Kind,
    [property: Description("The host of the line (for a migration, done or refused: the target).")] string Host,
    [property: Description("For a migration: the host the domain left (or would have).")] string? FromHost,
    [property: Description("Null for a migration line.")] string? Sbdf,
    string? RdmPolicy,
    [property: Description("assigned, assigned-with-warnings or refused: the outcome of the assignment (for released, the one it had).")] string? Outcome,
    IReadOnlyList<FindingResponse> Findings,
    DateTimeOffset At,
    [property: Description("Who wrote the line: the sub of the caller's token (null for lines from before authentication).")] string? Caller = null);

[Description("A create that was refused: nothing was created; the request and every finding are kept.")]
public sealed record RefusalResponse(
    long Id,
    PlanRequestBody Request,
    IReadOnlyList<FindingResponse> Findings,
    DateTimeOffset At,
    [property: Description("Who was refused: the sub of the caller's token (null for refusals from before authentication).")] string? Caller = null);
