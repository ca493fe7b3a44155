using Placement.Domain.Arm;
using Placement.Domain.Inventory;

namespace Placement.Domain.Layout;

/// <summary>
/// What a domain asks for: its memory in MiB and its devices, in guest slot order. A request is
/// for one architecture: <see cref="X86Request"/> or <see cref="ArmRequest"/>.
/// </summary>
public abstract record DomainRequest(ulong MemoryMiB, IReadOnlyList<DeviceRequest> Devices)
{
    /// <summary>The architecture of the hosts this request is for.</summary>
    public CpuArchitecture Architecture => this is ArmRequest ? CpuArchitecture.Arm64 : CpuArchitecture.X64;
}

/// <summary>What a domain for an arm64 host asks for: memory, devices and the arm settings (§8).</summary>
public sealed record ArmRequest(ulong MemoryMiB, IReadOnlyList<DeviceRequest> Devices, ArmOptions Options) : DomainRequest(MemoryMiB, Devices);
