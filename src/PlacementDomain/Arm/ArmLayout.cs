using Placement.Domain.Layout;
using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

/// <summary>The interrupt controller a guest sees: the host's version, at the host's addresses or Xen's guest ones.</summary>
public sealed record GuestGic(GicVersion Version, AddressRange Distributor, AddressRange? CpuInterface, IReadOnlyList<AddressRange> Redistributors);

/// <summary>The guest's virtual PL011 console: where it is and the SPI it raises.</summary>
public sealed record Vpl011(AddressRange Range, int Spi);

/// <summary>
/// The layout an arm64 domain gets at creation and keeps for life. <see cref="Banks"/> are its
/// guest RAM banks; for a direct-mapped domain they are host-physical too (its static memory),
/// kept across reboots until the domain is destroyed. <see cref="Console"/> is null when the domain
/// has no vPL011. <see cref="DeviceTree"/> is the dom0less node to give Xen.
/// </summary>
public sealed record ArmLayout(bool DirectMapped, IReadOnlyList<AddressRange> Banks, GuestGic Gic, Vpl011? Console, string DeviceTree) : GuestLayout
{
    /// <summary>The host memory the domain holds by address: its banks when direct-mapped, none otherwise (heap memory).</summary>
    public IReadOnlyList<AddressRange> StaticBanks => DirectMapped ? Banks : [];
}
