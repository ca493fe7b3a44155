using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Layout;

/// <summary>A device to assign, with its own RDM policy when one was given.</summary>
public sealed record DeviceRequest(PciAddress Address, RdmPolicy? Policy = null);

public static class RdmPolicies
{
    /// <summary>§2: a device's own policy, else the domain's global one if it was given explicitly, else strict.</summary>
    public static RdmPolicy Of(DeviceRequest device, RdmPolicy? globalPolicy) => device.Policy ?? globalPolicy ?? RdmPolicy.Strict;
}

/// <summary>
/// What a domain for an x86_64 host asks for (xl's memory, videoram, mmio_hole, rdm,
/// rdm_mem_boundary, pci). Sizes in MiB as xl takes them. <see cref="GlobalPolicy"/> is null when
/// the request gave none: the global policy is then relaxed, and devices without a policy of their
/// own are strict.
/// </summary>
public sealed record X86Request(
    ulong MemoryMiB,
    IReadOnlyList<DeviceRequest> Devices,
    ulong VideoRamMiB = X86Request.DefaultVideoRamMiB,
    bool Hap = true,
    ulong? MmioHoleMiB = null,
    RdmStrategy Strategy = RdmStrategy.Ignore,
    RdmPolicy? GlobalPolicy = null,
    ulong RdmMemBoundaryMiB = X86Request.DefaultRdmMemBoundaryMiB,
    GuestFirmware Firmware = GuestFirmware.SeaBios) : DomainRequest(MemoryMiB, Devices)
{
    public const ulong DefaultVideoRamMiB = 8;
    public const ulong DefaultRdmMemBoundaryMiB = 2048;
    public const ulong DefaultMmioHoleMiB = 256;
    public const ulong MinMmioHoleMiB = 256;
    public const ulong MaxMmioHoleMiB = 3840;
    public const ulong MinRdmMemBoundaryMiB = 2;

    /// <summary>
    /// Strategies explicit and pool: the ranges to reserve, already resolved (the request's own, or
    /// the RDMs of the pool's hosts), in any order; their union is reserved (§7). Empty otherwise.
    /// </summary>
    public IReadOnlyList<AddressRange> Reserve { get; init; } = [];

    /// <summary>Strategy pool: the hosts it was asked for; null otherwise.</summary>
    public RdmPool? Pool { get; init; }

    /// <summary>The platform device, VGA and NICs QEMU emulates (§5.3); <see cref="VideoRamMiB"/> is the VGA's.</summary>
    public EmulatedDevices Emulated { get; init; } = EmulatedDevices.Default;

    /// <summary>xl's passthrough: null means enabled when the request names devices (§6 rule 1); fixed at creation.</summary>
    public bool? Passthrough { get; init; }

    /// <summary>xl's maxmem; null means <see cref="DomainRequest.MemoryMiB"/>. More than memory is populate-on-demand.</summary>
    public ulong? MaxMemMiB { get; init; }

    public bool PassthroughEnabled => Passthrough ?? Devices.Count > 0;

    /// <summary>What the layout is computed from (libxl_dom.c): maxmem, memory when none is given.</summary>
    public ulong LayoutMemoryMiB => MaxMemMiB ?? MemoryMiB;

    /// <summary>The policy a device gets: its own, else the global one if given explicitly, else strict.</summary>
    public RdmPolicy PolicyOf(DeviceRequest device) => RdmPolicies.Of(device, GlobalPolicy);

    /// <summary>The policy of entries reserved by the host strategy: the global one, relaxed by default.</summary>
    public RdmPolicy EffectiveGlobalPolicy => GlobalPolicy ?? RdmPolicy.Relaxed;

    public ByteSize Boundary => ByteSize.FromMiB(RdmMemBoundaryMiB);

    /// <summary>Where the MMIO hole below 4G starts: <c>4G - mmioHoleMiB</c> (256 MiB by default).</summary>
    public PhysicalAddress HoleStart => PhysicalAddress.FourGiB - ByteSize.FromMiB(MmioHoleMiB ?? DefaultMmioHoleMiB);
}
