using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

public enum MemoryAllocation
{
    /// <summary>§8's halving allocator picks the banks, from the direct-map pool first.</summary>
    Auto,

    /// <summary>The operator names the banks (Xen's <c>xen,static-mem</c>).</summary>
    Static,
}

/// <summary>
/// What a domain on an arm64 host asks for beyond memory and devices: its vCPUs (on a GICv3 they
/// choose how many of the host's redistributor regions a direct-mapped domain sees), whether it is direct-mapped (guest-physical == host-physical,
/// with static memory banks), whether it is trusted with devices no IOMMU protects, how its
/// banks are chosen, and whether it has a virtual PL011 console (<see cref="Vpl011"/>, default
/// true). <see cref="StaticMemory"/> holds the operator's banks when <see cref="Allocation"/> is
/// <see cref="MemoryAllocation.Static"/>, and nothing otherwise.
/// </summary>
public sealed record ArmOptions(int Vcpus, bool DirectMap, bool Trusted, MemoryAllocation Allocation, IReadOnlyList<AddressRange> StaticMemory, bool Vpl011 = true)
{
    public const int DefaultVcpus = 1;
    public const int MaxVcpus = 128;

    /// <summary>At most this many banks (Xen's NR_MEM_BANKS).</summary>
    public const int MaxBanks = 256;
}
