using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Placement.Api.Http;

namespace Placement.Api.Hosts;

// [Required] documents the schema only; HostInventoryValidator enforces it and the domain's rules
// what the values mean (ArmPlatformRules).
[Description("An arm64 host's platform: required on arm64, absent on x86_64. Ranges are [start, end), 4 KiB aligned, inside the physical address space.")]
public sealed record ArmPlatformBody(
    [property: Required, Description("The RAM banks, 1 to 256, not overlapping; they add up to memoryMiB.")] List<AddressRangeBody>? MemoryBanks,
    [property: Description("Regions the firmware keeps for itself (never guest RAM), at most 1024, not overlapping.")] List<AddressRangeBody>? FirmwareReserved,
    [property: Description("RAM set aside for direct-mapped (1:1) domains, at most 1024 ranges: inside the RAM banks (adjacent banks are one stretch), clear of firmwareReserved and reservedRegions.")] List<AddressRangeBody>? DirectMapPool,
    [property: Required, Description("The interrupt controller; its frames may not overlap RAM.")] GicBody? Gic,
    [property: Description("The console UART: a direct-mapped domain's virtual UART takes its address and SPI. May not overlap RAM.")] ConsoleBody? Console);

public sealed record AddressRangeBody(
    [property: Required, Description("First address.")] HexNumber? Start,
    [property: Required, Description("First address after the range (exclusive).")] HexNumber? End);

[Description("The interrupt controller. GICv2: distributorBase and cpuInterfaceBase. GICv3: distributorBase and redistributors. Its frames may not overlap RAM or one another.")]
public sealed record GicBody(
    [property: Required, Description("2 (GICv2) or 3 (GICv3).")] int? Version,
    [property: Required, Description("Base of the distributor (GICD), whose frame is 4 KiB on GICv2 and 64 KiB on GICv3; aligned to its frame's size.")] HexNumber? DistributorBase,
    [property: Description("GICv2 only, and required there: base of the CPU interface (GICC), an 8 KiB frame, 4 KiB aligned.")] HexNumber? CpuInterfaceBase,
    [property: Description("GICv3 only, and required there: the redistributor regions (GICR), 1 to 64, 64 KiB aligned.")] List<AddressRangeBody>? Redistributors);

[Description("The console UART: a direct-mapped domain's virtual UART takes its address and SPI. Its frame may not overlap RAM or the GIC.")]
public sealed record ConsoleBody(
    [property: Required, Description("Base of the UART's registers, 4 KiB aligned.")] HexNumber? Base,
    [property: Required, Description("Size of its register frame in bytes, a multiple of 4 KiB.")] HexNumber? Size,
    [property: Required, Description("Its interrupt: an SPI, 32 to 1019.")] int? Spi);

[Description("An arm64 host's platform as stored; GIC frames and the console are given by their bases, as written.")]
public sealed record ArmPlatformResponse(
    [property: Description("By start.")] IReadOnlyList<AddressRangeResponse> MemoryBanks,
    [property: Description("By start; empty when none.")] IReadOnlyList<AddressRangeResponse> FirmwareReserved,
    [property: Description("By start; empty when none.")] IReadOnlyList<AddressRangeResponse> DirectMapPool,
    GicResponse Gic,
    [property: Description("Null when the host has none listed.")] ConsoleResponse? Console);

public sealed record AddressRangeResponse(string Start, [property: Description("Exclusive.")] string End);

[Description("The interrupt controller, given by its frames' bases as written.")]
public sealed record GicResponse(
    [property: Description("2 or 3.")] int Version,
    string DistributorBase,
    [property: Description("GICv2's; null on GICv3.")] string? CpuInterfaceBase,
    [property: Description("GICv3's, by start; empty on GICv2.")] IReadOnlyList<AddressRangeResponse> Redistributors);

[Description("The console UART: the base and size of its frame, and its SPI.")]
public sealed record ConsoleResponse(string Base, string Size, int Spi);
