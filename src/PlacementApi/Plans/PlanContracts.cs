using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Placement.Api.Plans;

// [Required] documents the schema only; PlanRequestValidator enforces it.
[Description("A domain to place: xl's memory, videoram, mmio_hole, rdm, rdm_mem_boundary and pci settings.")]
public sealed record PlanRequestBody(
    [property: Description("The domain's name (informational in a plan).")] string? Name,
    [property: Required, Description("Guest memory in MiB, video RAM included (xl's memory).")] long? MemoryMiB,
    [property: Description("Video RAM in MiB, taken from memory (default 8: cirrus; stdvga 16, qxl 128, none 0).")] long? VideoRamMiB,
    [property: Description("Hardware-assisted paging (default true): RAM moved below an RDM is 2 MiB aligned.")] bool? Hap,
    [property: Description("MMIO hole below 4G in MiB, 256 to 3840 (default 256).")] long? MmioHoleMiB,
    [property: Description("Which RDMs to reserve and the global policy (xl's rdm=).")] RdmBody? Rdm,
    [property: Description("rdm_mem_boundary in MiB (default 2048): RAM moves below conflicts above it.")] long? RdmMemBoundaryMiB,
    [property: Description("seabios (default) or ovmf: where the BIOS area of the E820 starts.")] string? Firmware,
    [property: Description("PCI devices to assign, in guest slot order.")] List<DeviceRequestBody>? Devices);

public sealed record RdmBody(
    [property: Description("ignore (default): only the assigned devices' RDMs; host: every RDM of the host.")] string? Strategy,
    [property: Description("strict or relaxed (default relaxed). When given, it is also every device's default policy.")] string? Policy);

public sealed record DeviceRequestBody(
    [property: Required, Description("PCI address [SSSS:]BB:DD.F of a device of the host.")] string? Sbdf,
    [property: Description("strict or relaxed; default: the rdm policy if given, else strict.")] string? RdmPolicy);

[Description("The layout and outcomes a create would get. feasible is false when any finding is an error.")]
public sealed record PlanResponse(bool Feasible, LayoutResponse Layout, IReadOnlyList<DeviceOutcomeResponse> Devices, IReadOnlyList<FindingResponse> Findings);

public sealed record LayoutResponse(
    string LowMemEnd,
    [property: Description("Null when the guest has no RAM above 4G.")] string? HighMemEnd,
    [property: Description("Start of the low MMIO window where BARs go.")] string MmioHoleStart,
    [property: Description("The map libxl hands the firmware; null when not feasible.")] IReadOnlyList<MemoryRangeResponse>? GuestMemoryMap,
    [property: Description("The final E820 the guest sees; null when not feasible.")] IReadOnlyList<MemoryRangeResponse>? E820,
    IReadOnlyList<ReservedDeviceMemoryResponse> ReservedDeviceMemory,
    IReadOnlyList<BarPlacementResponse> Bars);

public sealed record MemoryRangeResponse(string Start, string End, [property: Description("ram, reserved or nvs.")] string Type);

public sealed record ReservedDeviceMemoryResponse(
    string Start,
    string End,
    string Policy,
    [property: Description("host (strategy) or device (an assigned device's scope).")] string Source,
    [property: Description("reserved, or dropped after a relaxed conflict (the range stays RAM).")] string Status);

public sealed record BarPlacementResponse(string Sbdf, int Index, string Start, string End, [property: Description("low, high or io.")] string Window);

public sealed record DeviceOutcomeResponse(
    string Sbdf,
    string RdmPolicy,
    [property: Description("assigned, assigned-with-warnings or refused.")] string Outcome,
    IReadOnlyList<FindingResponse> Findings);

public sealed record FindingResponse(
    [property: Description("error or warning.")] string Severity,
    [property: Description("Stable code, e.g. rdm-conflict, rdm-conflict-ignored, shared-rmrr, bar-no-space.")] string Code,
    string Message,
    string? Start,
    string? End,
    string? Sbdf);
