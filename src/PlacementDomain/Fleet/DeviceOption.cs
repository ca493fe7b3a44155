using Placement.Domain.Inventory;

namespace Placement.Domain.Fleet;

/// <summary>A device chosen on a host for one of a placement's device requests (<see cref="Wanted"/> indexes them).</summary>
internal readonly record struct Pick(int Wanted, PciDevice Device);

/// <summary>A free device that matches a request, and what it adds to the plan, worked out when first asked.</summary>
/// <param name="floor">The least the device can add, known without a plan; null when it may take findings away.</param>
internal sealed class DeviceOption(PciDevice device, bool hasRegions, DeviceCost? floor, Func<DeviceCost> evaluate)
{
    private DeviceCost? cost;

    public PciDevice Device => device;

    public bool HasRegions => hasRegions;

    public DeviceCost? Floor => floor;

    public DeviceCost Cost => cost ??= evaluate();

    public bool IsOn(int? node) => node is { } n && Device.Identity.NumaNode == n;
}
