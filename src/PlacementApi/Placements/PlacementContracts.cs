using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Placement.Api.Plans;

namespace Placement.Api.Placements;

// [Required] documents the schema only; PlacementRequestValidator enforces it.
[Description("A domain to place on the fleet: the plan settings of a create (x86_64), which hosts may take it, and the kinds of device it needs. " +
    "The service chooses the host and the devices.")]
public sealed record PlacementRequestBody(
    [property: Description("The domain's name; a placed create needs it, and a host whose live domain has it is not a candidate.")] string? Name,
    [property: Required, Description("Guest memory in MiB, video RAM included (xl's memory).")] long? MemoryMiB,
    [property: Description("Video RAM in MiB, taken from memory (default 8).")] long? VideoRamMiB,
    [property: Description("Hardware-assisted paging (default true).")] bool? Hap,
    [property: Description("MMIO hole below 4G in MiB, 256 to 3840 (default 256).")] long? MmioHoleMiB,
    [property: Description("Which RDMs to reserve and the global policy (xl's rdm=), as in a plan.")] RdmBody? Rdm,
    [property: Description("rdm_mem_boundary in MiB (default 2048).")] long? RdmMemBoundaryMiB,
    [property: Description("seabios (default) or ovmf.")] string? Firmware,
    [property: Description("Which hosts may take the domain; default: every x86_64 host.")] HostFilterBody? Hosts,
    [property: Description("The devices the domain needs, by kind; up to 16 requests.")] List<DeviceWantedBody?>? DeviceRequests,
    [property: Description("All chosen devices on one NUMA node (default false; devices whose node is unknown never qualify).")] bool? SameNumaNode,
    [property: Description("spread (default): most free memory left first; pack: least.")] string? Strategy,
    [property: Description("How many candidates to return, 1 to 100 (default 10).")] int? Limit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), Description("xl's maxmem in MiB, as in a plan.")] long? MaxMemMiB = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), Description("The emulated VGA, as in a plan (default cirrus).")] string? Vga = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), Description("The xen-platform device, as in a plan (default true).")] bool? XenPlatformPci = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), Description("Emulated NICs, as in a plan.")] List<NicBody?>? Nics = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), Description("enabled or disabled, as in a plan (default enabled: a placement chooses devices).")] string? Passthrough = null)
{
    /// <summary>The plan settings, as a plan request without devices: they take the plan's rules and paths.</summary>
    public PlanRequestBody ToPlanBody() =>
        new(Name, MemoryMiB, VideoRamMiB, Hap, MmioHoleMiB, Rdm, RdmMemBoundaryMiB, Firmware, Devices: null, Arm: null, MaxMemMiB, Vga, XenPlatformPci, Nics, Passthrough);
}

public sealed record HostFilterBody(
    [property: Description("x86_64 (default). arm64 hosts are not placed yet.")] string? Architecture,
    [property: Description("Labels every candidate host carries (rack=r12).")] Dictionary<string, string>? Labels,
    [property: Description("Only these hosts, 1 to 1000 names; null: any.")] List<string?>? Names);

public sealed record DeviceWantedBody(
    [property: Description("The request's name, shown with each device chosen for it (default: device-N).")] string? Name,
    [property: Description("How many such devices, 1 to 16 (default 1).")] int? Count,
    [property: Description("PCI vendor id, 4 hex digits (0x10de).")] string? VendorId,
    [property: Description("PCI device id, 4 hex digits (0x20b0).")] string? DeviceId,
    [property: Description("Class code prefix: 2, 4 or 6 hex digits (0x03 display, 0x0302 3D controller, 0x030200).")] string? ClassCode,
    [property: Description("Labels every chosen device carries (model=a100).")] Dictionary<string, string>? Labels,
    [property: Description("strict or relaxed; default: the rdm policy if given, else strict.")] string? RdmPolicy);

[Description("Where the domain can go, best first, and why the other hosts cannot take it.")]
public sealed record PlacementResponse(
    IReadOnlyList<CandidateResponse> Candidates,
    [property: Description("Hosts that passed the host filter.")] int Evaluated,
    [property: Description("For each finding code (and no-matching-device), how many hosts it ruled out.")] IReadOnlyDictionary<string, int> Rejected);

[Description("A host that can take the domain, the devices chosen there, and what the plan of a create there found.")]
public sealed record CandidateResponse(
    string Host,
    IReadOnlyList<ChosenDeviceResponse> Devices,
    [property: Description("assigned, or assigned-with-warnings.")] string Outcome,
    IReadOnlyList<FindingResponse> Findings,
    [property: Description("The host's memory left free once the domain runs there.")] long FreeMemoryMiB,
    CandidateLayoutResponse Layout);

public sealed record ChosenDeviceResponse(
    [property: Description("The name of the device request it answers.")] string Request,
    string Sbdf,
    string RdmPolicy);

public sealed record CandidateLayoutResponse(string LowMemEnd, string? HighMemEnd, string MmioHoleStart);

[Description("A placed create that no host could take: nothing was created; the request and the counts of what ruled the hosts out are kept.")]
public sealed record PlacementRefusalResponse(
    long Id,
    [property: Description("The placed create's request, defaults filled in.")] PlacementRequestBody Request,
    [property: Description("Hosts that passed the host filter.")] int Evaluated,
    [property: Description("For each finding code (and no-matching-device), how many hosts it ruled out.")] IReadOnlyDictionary<string, int> Rejected,
    DateTimeOffset At,
    [property: Description("Who was refused: the sub of the caller's token (null for refusals from before authentication).")] string? Caller = null);
