using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Migration;

/// <summary>A domain that would move: its fixed layout and devices, the memory it takes, where it runs now.</summary>
public sealed record MovingDomain(LiveDomain Domain, string Name, ByteSize Memory, CpuArchitecture Architecture, HostName Source)
{
    /// <summary>The devices it holds with their policies, and what its host's inventory says they are: what a target that names no devices gets, mapped.</summary>
    public IReadOnlyList<HeldDevice> Held { get; init; } = [];
}

/// <summary>A device a moving domain holds, with its policy, and its identity on the domain's host (<see cref="DeviceIdentity.None"/> when unknown).</summary>
public sealed record HeldDevice(DeviceRequest Device, DeviceIdentity Identity);

/// <summary>A host the domain could move to: its inventory (at least the devices asked for and those of the domain's models, and every region), and what its live domains hold.</summary>
/// <param name="Devices">The devices to attach there; null: the domain's own, each mapped to a device of the same model (<see cref="EquivalentDevices"/>).</param>
/// <param name="NameHolder">The live domain of the target that has the moving domain's name, if any.</param>
public sealed record MigrationTarget(HostName Host, HostInventory Inventory, HostUsage Usage, IReadOnlyList<DeviceRequest>? Devices, Guid? NameHolder = null)
{
    public ByteSize FreeMemory => Usage.FreeOf(Inventory.Memory);
}

public enum MigrationVerdict
{
    Compatible,

    /// <summary>Only relaxed conflicts: the guest moves, some device may misbehave.</summary>
    CompatibleWithWarnings,

    Incompatible,
}

/// <summary>The answer for one target: the verdict, each device's outcome there, every finding.</summary>
public sealed record TargetVerdict(
    HostName Host, MigrationVerdict Verdict, ByteSize FreeMemory, IReadOnlyList<DeviceOutcome> Devices, IReadOnlyList<Finding> Findings)
{
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);

    /// <summary>For each of <see cref="Devices"/>, in order, the domain's device on its host that it stands for; empty when the devices were named.</summary>
    public IReadOnlyList<PciAddress> From { get; init; } = [];
}
