using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Placement.Api.Http;
using Placement.Domain.Pci;

namespace Placement.Api.Hosts;

// [Required] documents the schema only; HostInventoryValidator enforces it (one validation system).
[Description("The inventory of a host. Addresses and sizes are 0x-hex strings or integers; ranges are [start, end), end exclusive.")]
public sealed record HostInventoryBody(
    [property: Required, Description("x86_64 or arm64.")] string? Architecture,
    [property: Required, Description("RAM of the host in MiB.")] long? MemoryMiB,
    [property: Required, Description("Width of the host's physical address space, 32 to 52 bits.")] int? PhysAddressBits,
    [property: Required, Description("Whether the host has an enabled IOMMU (VT-d / SMMU).")] bool? Iommu,
    [property: Description("Free-form key=value labels used to select hosts, e.g. rack=r12.")] Dictionary<string, string>? Labels,
    [property: Description("PCI functions that may be passed through.")] List<DeviceBody>? Devices,
    [property: Description("Reserved device memory regions (RMRRs), 4 KiB aligned, non-overlapping.")] List<ReservedRegionBody>? ReservedRegions,
    [property: Description("arm64 only, and required there: RAM banks, firmware regions, direct-map pool, GIC and console.")] ArmPlatformBody? Arm);

public sealed record DeviceBody(
    [property: Required, Description("PCI address [SSSS:]BB:DD.F in hex.")] string? Sbdf,
    string? Description,
    [property: Description("False when the IOMMU does not translate the device's DMA. Defaults to the host's iommu.")] bool? IommuProtected,
    List<BarBody>? Bars,
    [property: Description("arm64 only: the device's host-physical MMIO ranges, at most 64, 4 KiB aligned, never RAM.")] List<AddressRangeBody>? Mmio,
    [property: Description("arm64 only: the SPIs the device raises, at most 64, each 32 to 1019, no repeats.")] List<int>? Spis,
    [property: Description($"PCI vendor id, {PciIds.IdRule}, e.g. 0x10de (NVIDIA). Optional, as is every part of the device's identity.")] string? VendorId,
    [property: Description($"PCI device id, {PciIds.IdRule}, e.g. 0x20b0.")] string? DeviceId,
    [property: Description($"PCI class code, {PciIds.ClassCodeRule}, e.g. 0x030200 (3D controller).")] string? ClassCode,
    [property: Description("The NUMA node the device is attached to, 0 to 1023; left out when it has none (sysfs numa_node -1).")] int? NumaNode,
    [property: Description("Free-form key=value labels used to select devices, e.g. model=a100; the rules of the host's labels.")] Dictionary<string, string>? Labels);

public sealed record BarBody(
    [property: Required, Description("0-5 for memory and I/O BARs, 6 for the expansion ROM.")] int? Index,
    [property: Description("memory (default), io or rom.")] string? Kind,
    [property: Required, Description("Size in bytes, a power of two.")] HexNumber? Size,
    [property: Description("A 64-bit memory BAR (takes two slots). Default false.")] bool? Is64Bit,
    [property: Description("Default false.")] bool? Prefetchable);

public sealed record ReservedRegionBody(
    [property: Required, Description("First address, 4 KiB aligned.")] HexNumber? Start,
    [property: Required, Description("First address after the region (exclusive), 4 KiB aligned.")] HexNumber? End,
    [property: Required, Description("PCI addresses of the devices that use the region (its device scope).")] List<string>? Devices);

public sealed record HostResponse(
    string Name,
    [property: Description("Incremented by every replace; also the ETag.")] long Generation,
    string Architecture,
    long MemoryMiB,
    int PhysAddressBits,
    bool Iommu,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<DeviceResponse> Devices,
    IReadOnlyList<ReservedRegionResponse> ReservedRegions,
    [property: Description("The arm64 platform; null on x86_64.")] ArmPlatformResponse? Arm,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    [property: Description("Who made the last write (create or replace): the sub of the caller's token; null for writes from before authentication.")] string? Caller = null);

public sealed record DeviceResponse(
    string Sbdf,
    string? Description,
    bool IommuProtected,
    IReadOnlyList<BarResponse> Bars,
    [property: Description("arm64: MMIO ranges by start; empty when none.")] IReadOnlyList<AddressRangeResponse> Mmio,
    [property: Description("arm64: SPIs in ascending order; empty when none.")] IReadOnlyList<int> Spis,
    [property: Description("Lower-case, e.g. 0x10de; null when the inventory gives none, as are deviceId, classCode and numaNode.")] string? VendorId,
    string? DeviceId,
    [property: Description("Lower-case, six hex digits, e.g. 0x030200.")] string? ClassCode,
    int? NumaNode,
    [property: Description("The device's labels by key; empty when none.")] IReadOnlyDictionary<string, string> Labels);

public sealed record BarResponse(int Index, string Kind, string Size, bool Is64Bit, bool Prefetchable);

public sealed record ReservedRegionResponse(string Start, string End, IReadOnlyList<string> Devices);

public sealed record HostSummaryResponse(
    string Name,
    string Architecture,
    long MemoryMiB,
    bool Iommu,
    IReadOnlyDictionary<string, string> Labels,
    int DeviceCount,
    int ReservedRegionCount,
    long Generation,
    DateTimeOffset UpdatedAt);

[Description("One page of a listing; nextCursor is null on the last page.")]
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
