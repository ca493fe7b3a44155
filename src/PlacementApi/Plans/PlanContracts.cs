using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Placement.Api.Hosts;

namespace Placement.Api.Plans;

// [Required] documents the schema only; PlanRequestValidator enforces it.
[Description("A domain to place: xl's memory, videoram, mmio_hole, rdm, rdm_mem_boundary and pci settings (x86_64 hosts), or memory, " +
    "devices and the arm section (arm64 hosts).")]
public sealed record PlanRequestBody(
    [property: Description("The domain's name (informational in a plan).")] string? Name,
    [property: Required, Description("Guest memory in MiB, video RAM included (xl's memory).")] long? MemoryMiB,
    [property: Description("Video RAM in MiB, taken from memory (default 8: cirrus; stdvga 16, qxl 128, none 0).")] long? VideoRamMiB,
    [property: Description("Hardware-assisted paging (default true): RAM moved below an RDM is 2 MiB aligned.")] bool? Hap,
    [property: Description("MMIO hole below 4G in MiB, 256 to 3840 (default 256).")] long? MmioHoleMiB,
    [property: Description("Which RDMs to reserve and the global policy (xl's rdm=).")] RdmBody? Rdm,
    [property: Description("rdm_mem_boundary in MiB (default 2048): RAM moves below conflicts above it.")] long? RdmMemBoundaryMiB,
    [property: Description("seabios (default) or ovmf: where the BIOS area of the E820 starts.")] string? Firmware,
    [property: Description("PCI devices to assign, in guest slot order.")] List<DeviceRequestBody>? Devices,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull),
        Description("arm64 hosts only, and required there ({} for an ordinary domain); a request with it takes none of the x86 settings.")] ArmRequestBody? Arm = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull),
        Description("xl's maxmem in MiB (default: memoryMiB): the layout is computed from it; above memoryMiB is populate-on-demand, refused with passthrough.")] long? MaxMemMiB = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull),
        Description("The emulated VGA: cirrus (default), stdvga, qxl or none. Its video RAM default is also its minimum: cirrus 8 (or 16), stdvga 16, qxl 128, none 0.")] string? Vga = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull),
        Description("The xen-platform device at 00:02.0 (default true); without it the guest has no PV drivers.")] bool? XenPlatformPci = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull),
        Description("Emulated NICs in xl's vif order, each on the next slot after the VGA; at most 8.")] List<NicBody?>? Nics = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull),
        Description("enabled or disabled; default: enabled when devices are named. Fixed at creation: a domain without it takes no hotplug.")] string? Passthrough = null);

public sealed record NicBody([property: Description("e1000 or rtl8139 (xl's vif model).")] string? Model);

[Description("The settings of a domain on an arm64 host (docs/xen-rules.md §8).")]
public sealed record ArmRequestBody(
    [property: Description("Virtual CPUs, 1 to 128 (default 1); on a GICv3 a direct-mapped domain sees the host's redistributor regions up to the one covering the last.")] int? Vcpus,
    [property: Description("1:1 direct map (default false): guest-physical == host-physical, with static memory banks kept across reboots.")] bool? DirectMap,
    [property: Description("Trusted (default false): a trusted direct-mapped domain may take devices no IOMMU protects.")] bool? Trusted,
    [property: Description("Direct-mapped domains: auto (default; the halving allocator, direct-map pool first) or static (the banks in staticMemory).")] string? Allocation,
    [property: Description("allocation static: 1 to 256 banks (xen,static-mem), 4 KiB aligned, disjoint, summing to memoryMiB.")] List<AddressRangeBody?>? StaticMemory,
    [property: Description("A virtual PL011 console (default true). A direct-mapped domain's takes the host console UART's address and SPI, " +
        "so a host without one refuses it (vpl011-needs-host-uart); false leaves it out.")] bool? Vpl011 = null);

// The strategy's inputs are left out of a body when absent, so that a domain shows only its own strategy's.
public sealed record RdmBody(
    [property: Description("ignore (default): only the assigned devices' RDMs; host: every RDM of the host; explicit: the ranges in regions; " +
        "pool: the union of the RDMs of the hosts in hosts, or of every host carrying label.")] string? Strategy,
    [property: Description("strict or relaxed (default relaxed). When given, it is also every device's default policy.")] string? Policy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull),
        Description("Strategy pool: 1 to 64 host names whose reserved regions the domain reserves (their union). Not with label.")] List<string?>? Hosts = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull),
        Description("Strategy pool: key=value (rack=r12); the domain reserves the union of the reserved regions of every host carrying it. Not with hosts.")] string? Label = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull),
        Description("Strategy explicit: 1 to 256 ranges to reserve with the global policy, 4 KiB aligned, below 2^52; overlapping ones are reserved as their union.")] List<AddressRangeBody?>? Regions = null);

public sealed record DeviceRequestBody(
    [property: Required, Description("PCI address [SSSS:]BB:DD.F of a device of the host.")] string? Sbdf,
    [property: Description("strict or relaxed; default: the rdm policy if given, else strict.")] string? RdmPolicy);

[Description("The layout and outcomes a create would get. feasible is false when any finding is an error.")]
public sealed record PlanResponse(
    bool Feasible,
    [property: Description("The x86 HVM layout; null on an arm64 host.")] LayoutResponse? Layout,
    IReadOnlyList<DeviceOutcomeResponse> Devices,
    IReadOnlyList<FindingResponse> Findings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), Description("The arm64 layout; absent on an x86_64 host.")] ArmLayoutResponse? Arm = null);

[Description("What an arm64 guest gets: its RAM banks (host-physical too when direct-mapped), GIC, vPL011 and the dom0less device-tree node for Xen.")]
public sealed record ArmLayoutResponse(
    bool DirectMapped,
    [property: Description("Guest RAM banks. Direct-mapped: the static banks, the same host-physical ranges, kept across reboots; empty when they could not be placed.")] IReadOnlyList<AddressRangeResponse> Banks,
    GuestGicResponse Gic,
    [property: Description("Null when the domain has no vPL011 (arm.vpl011 false, or a direct-mapped domain on a host without a console UART).")] Vpl011Response? Vpl011,
    [property: Description("The domain's node for Xen's device tree, inside a chosen node that sets #address-cells and #size-cells to 2: " +
        "memory, cpus, vpl011 when it has one, and direct-map with xen,static-mem.")] string DeviceTree);

[Description("The interrupt controller the guest sees: the host's (GICv3: its redistributor regions whole, up to the one covering the last vCPU) " +
    "when direct-mapped, Xen's guest addresses otherwise.")]
public sealed record GuestGicResponse(
    [property: Description("2 or 3, the host's.")] int Version,
    AddressRangeResponse Distributor,
    [property: Description("GICv2 only.")] AddressRangeResponse? CpuInterface,
    [property: Description("GICv3 only.")] IReadOnlyList<AddressRangeResponse> Redistributors);

[Description("The guest's virtual PL011 UART: the host console's address and SPI when direct-mapped, 0x22000000 and SPI 32 otherwise.")]
public sealed record Vpl011Response(string Start, string End, int Spi);

public sealed record LayoutResponse(
    string LowMemEnd,
    [property: Description("Null when the guest has no RAM above 4G.")] string? HighMemEnd,
    [property: Description("Start of the low MMIO window where BARs go; null when the plan is not feasible.")] string? MmioHoleStart,
    [property: Description("The map libxl hands the firmware; null when not feasible.")] IReadOnlyList<MemoryRangeResponse>? GuestMemoryMap,
    [property: Description("The final E820 the guest sees; null when not feasible.")] IReadOnlyList<MemoryRangeResponse>? E820,
    IReadOnlyList<ReservedDeviceMemoryResponse> ReservedDeviceMemory,
    [property: Description("Every BAR on the guest's bus 0, emulated and passed-through, in slot and index order.")] IReadOnlyList<BarPlacementResponse> Bars,
    [property: Description("The smallest mmioHoleMiB with which every BAR goes below 4G; null when none does (a 64-bit BAR over 1 GiB always goes high).")] long? MmioHoleMiBNeeded);

public sealed record MemoryRangeResponse(string Start, string End, [property: Description("ram, reserved or nvs.")] string Type);

public sealed record ReservedDeviceMemoryResponse(
    string Start,
    string End,
    string Policy,
    [property: Description("host, explicit or pool (the strategy), or device (an assigned device's scope).")] string Source,
    [property: Description("reserved, or dropped after a relaxed conflict (the range stays RAM).")] string Status);

[Description("A BAR of a function on the guest's bus 0 (emulated or passed through) and where hvmloader places it.")]
public sealed record BarPlacementResponse(
    [property: Description("The function's guest slot (0000:00:04.0).")] string Sbdf,
    [property: Description("0-5, or 6 for the expansion ROM.")] int Index,
    [property: Description("memory, io or rom.")] string Kind,
    string Size,
    bool Is64Bit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull),
        Description("The host device passed through to this slot; absent for an emulated function.")] string? HostSbdf,
    [property: Description("Null when unplaced.")] string? Start,
    [property: Description("Null when unplaced.")] string? End,
    [property: Description("low, high, io, or unplaced (no room left: a bar-no-space warning names it).")] string Window);

public sealed record DeviceOutcomeResponse(
    string Sbdf,
    string RdmPolicy,
    [property: Description("assigned, assigned-with-warnings or refused.")] string Outcome,
    IReadOnlyList<FindingResponse> Findings);

public sealed record FindingResponse(
    [property: Description("error, warning or info.")] string Severity,
    [property: Description("Stable code, e.g. rdm-conflict, rdm-conflict-ignored, shared-rmrr, bar-no-space.")] string Code,
    string Message,
    string? Start,
    string? End,
    string? Sbdf,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull),
        Description("For a finding about one BAR: its index (6 the ROM); sbdf is then the function's guest slot.")] int? Index = null);
