using Placement.Domain.Layout;
using Placement.Domain.Pci;

namespace Placement.Domain.Migration;

/// <summary>The devices to attach on a target and, when they are the domain's own mapped there, the domain's device each stands for, in the same order.</summary>
internal sealed record DeviceMapping(IReadOnlyList<DeviceRequest> Devices, IReadOnlyList<PciAddress> From)
{
    public static DeviceMapping None { get; } = new([], []);

    /// <summary>Devices a check or move named: no mapping.</summary>
    public static DeviceMapping Named(IReadOnlyList<DeviceRequest> devices) => new(devices, []);

    /// <summary>
    /// True when device <paramref name="i"/> was left at its own address and another of the
    /// domain's devices was mapped there: the only way two mapped devices meet, since a device of
    /// the same model is chosen only among free addresses no other device keeps.
    /// </summary>
    public bool IsLeftWhereAnotherWent(int i)
    {
        if (From.Count == 0 || From[i] != Devices[i].Address)
        {
            return false;
        }

        for (var j = 0; j < Devices.Count; j++)
        {
            if (j != i && Devices[j].Address == Devices[i].Address && From[j] != Devices[j].Address)
            {
                return true;
            }
        }

        return false;
    }
}
