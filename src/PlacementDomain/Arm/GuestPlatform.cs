using Placement.Domain.Layout;
using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

/// <summary>
/// What an arm64 guest sees besides its RAM (§8): a direct-mapped domain the host's GIC (GICv3
/// redistributor regions whole, up to the one covering its last vCPU) and the host console UART's
/// address and SPI for its vPL011; any other domain Xen's guest addresses (xen/include/public/arch-arm.h).
/// </summary>
public static class GuestPlatform
{
    /// <summary>One GICv3 redistributor: an RD_base and an SGI_base frame of 64 KiB each, per vCPU.</summary>
    public static readonly ByteSize RedistributorPerCpu = new(0x20000);

    public static readonly PhysicalAddress GuestDistributor = new(0x03001000);
    public static readonly AddressRange GuestCpuInterface = AddressRange.FromSize(new(0x03002000), new(0x2000));

    /// <summary>Xen's one guest redistributor region (GUEST_GICV3_GICR0): 16 MiB, frames for 128 vCPUs, whatever the domain has.</summary>
    public static readonly AddressRange GuestRedistributors = AddressRange.FromSize(new(0x03020000), new(0x01000000));

    public static readonly AddressRange GuestPl011 = AddressRange.FromSize(new(0x22000000), new(0x1000));
    public const int GuestPl011Spi = 32;

    /// <summary>Guest RAM: 3 GiB at 1 GiB, then 1016 GiB at 8 GiB.</summary>
    public static readonly AddressRange GuestRam0 = AddressRange.FromSize(new(0x40000000), new(0xC0000000));
    public static readonly AddressRange GuestRam1 = AddressRange.FromSize(new(0x200000000), new(0xFE00000000));

    /// <summary>A GICv2 serves at most 8 CPUs, so Xen's virtual GICv2 at most 8 vCPUs.</summary>
    public const int MaxGicV2Vcpus = 8;

    /// <summary>Distributor sizes: 4 KiB for GICv2, 64 KiB for GICv3.</summary>
    public static ByteSize DistributorSize(GicVersion version) => new(version == GicVersion.V2 ? 0x1000UL : 0x10000UL);

    public static GuestGic GicOf(Gic host, bool directMapped, int vcpus)
    {
        if (!directMapped)
        {
            var distributor = AddressRange.FromSize(GuestDistributor, DistributorSize(host.Version));
            return host.Version == GicVersion.V2
                ? new GuestGic(host.Version, distributor, GuestCpuInterface, [])
                : new GuestGic(host.Version, distributor, null, [GuestRedistributors]);
        }

        return new GuestGic(host.Version, host.Distributor, host.CpuInterface, RegionsCovering(host.Redistributors, vcpus));
    }

    /// <summary>
    /// The host's redistributor regions in order, each whole, up to and including the one that
    /// covers vCPU <paramref name="vcpus"/> - 1 (all of them when none does): Xen's
    /// vgic_v3_domain_init for a domain with the host's layout exposes no region past that one.
    /// </summary>
    private static List<AddressRange> RegionsCovering(IReadOnlyList<AddressRange> regions, int vcpus)
    {
        var taken = new List<AddressRange>();
        var cpus = 0UL;
        foreach (var region in regions)
        {
            taken.Add(region);
            cpus += region.Size.Bytes / RedistributorPerCpu.Bytes;
            if (cpus >= (ulong)vcpus)
            {
                break;
            }
        }

        return taken;
    }

    /// <summary>
    /// too-many-vcpus when the GIC the guest would see cannot serve its vCPUs: a GICv2 serves 8; a
    /// direct-mapped domain on a GICv3 has the host's redistributor frames, 128 KiB per vCPU.
    /// </summary>
    public static Finding? VcpuProblem(Gic host, bool directMapped, int vcpus)
    {
        if (host.Version == GicVersion.V2 && vcpus > MaxGicV2Vcpus)
        {
            return Finding.Error(FindingCodes.TooManyVcpus, $"A GICv2 serves at most {MaxGicV2Vcpus} CPUs; the domain has {vcpus} vCPUs.");
        }

        var frames = host.Redistributors.Aggregate(0UL, (sum, r) => sum + (r.Size.Bytes / RedistributorPerCpu.Bytes));
        return host.Version == GicVersion.V3 && directMapped && (ulong)vcpus > frames
            ? Finding.Error(FindingCodes.TooManyVcpus,
                $"The host's GICv3 redistributor regions hold {frames} CPUs (128 KiB each); the direct-mapped domain has {vcpus} vCPUs.")
            : null;
    }

    /// <summary>
    /// The vPL011, none when the request leaves it out: Xen's guest PL011 for an ordinary domain,
    /// the host console UART's range and SPI for a direct-mapped one. Xen refuses a direct-mapped
    /// domain a vPL011 when the host has no such UART (domain_vpl011_init): that is an error.
    /// </summary>
    public static (Vpl011? Console, Finding? Finding) ConsoleOf(ConsoleUart? host, ArmOptions options) => (options, host) switch
    {
        ({ Vpl011: false }, _) => (null, null),
        ({ DirectMap: false }, _) => (new Vpl011(GuestPl011, GuestPl011Spi), null),
        (_, { } uart) => (new Vpl011(uart.Range, uart.Spi), null),
        _ => (null, Finding.Error(FindingCodes.Vpl011NeedsHostUart,
            "The host lists no console UART, and a direct-mapped domain's vPL011 takes the host UART's address and SPI (Xen refuses it otherwise): " +
            "set arm.vpl011 false, or register the host's console UART.")),
    };

    /// <summary>An ordinary domain's RAM banks: RAM0 first, the rest in RAM1; null when it does not fit both.</summary>
    public static IReadOnlyList<AddressRange>? OrdinaryBanks(ByteSize memory)
    {
        if (memory <= GuestRam0.Size)
        {
            return [AddressRange.FromSize(GuestRam0.Start, memory)];
        }

        var rest = memory - GuestRam0.Size;
        return rest <= GuestRam1.Size ? [GuestRam0, AddressRange.FromSize(GuestRam1.Start, rest)] : null;
    }
}
