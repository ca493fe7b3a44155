using Placement.Domain.Fleet;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Pci;

namespace Placement.Domain.Migration;

/// <summary>
/// Where the domain's devices go on a target when a check or move names none. Each goes to the
/// same address if the device there is of the same model (<see cref="DeviceIdentity.IsEquivalentTo"/>)
/// and free; else to a free device of that model, chosen as a placement chooses within a host
/// (<see cref="DeviceChoice"/>, ranked by what it adds against the fixed layout:
/// <see cref="FixedLayoutCosts"/>); else to the same address, where the checks say what is wrong
/// there. A device whose model is unknown keeps its address. Addresses that devices keep, and
/// those of devices with no free device of their model left, are not chosen for another device.
/// </summary>
internal static class EquivalentDevices
{
    private static readonly Dictionary<string, string> NoLabels = [];

    public static DeviceMapping Map(MovingDomain moving, MigrationTarget target)
    {
        var held = moving.Held;
        var to = new PciAddress?[held.Count];
        var open = new List<int>();
        for (var i = 0; i < held.Count; i++)
        {
            var (device, identity) = held[i];
            var there = MigrationCheck.Find(target.Inventory.Devices, device.Address);
            var stays = identity.VendorId is null || identity.DeviceId is null
                || (there is not null && identity.IsEquivalentTo(there.Identity) && target.Usage.OwnerOf(device.Address) is null);
            if (stays)
            {
                to[i] = device.Address;
            }
            else
            {
                open.Add(i);
            }
        }

        if (open.Count > 0)
        {
            Choose(moving, target, to, open);
        }

        var devices = new DeviceRequest[held.Count];
        var from = new PciAddress[held.Count];
        for (var i = 0; i < held.Count; i++)
        {
            from[i] = held[i].Device.Address;
            devices[i] = held[i].Device with { Address = to[i] ?? from[i] };
        }

        return new DeviceMapping(devices, from);
    }

    /// <summary>Sets <paramref name="to"/> for the devices of <paramref name="open"/> that get a free device of their model.</summary>
    private static void Choose(MovingDomain moving, MigrationTarget target, PciAddress?[] to, List<int> open)
    {
        var reserved = new Dictionary<PciAddress, Guid>(target.Usage.Owners);
        foreach (var kept in to.OfType<PciAddress>())
        {
            reserved.TryAdd(kept, moving.Domain.Id);
        }

        var wanted = open.ConvertAll(i => Model(moving.Held[i]));
        for (var w = 0; w < wanted.Count; w++)
        {
            if (FreeOf(wanted[w], target, reserved) == 0)
            {
                reserved.TryAdd(moving.Held[open[w]].Device.Address, moving.Domain.Id);
            }
        }

        // As many devices of a model as the target has free: the first in the domain's order.
        var served = new List<int>();
        var left = new Dictionary<(ushort?, ushort?), int>();
        for (var w = 0; w < wanted.Count; w++)
        {
            var model = (wanted[w].VendorId, wanted[w].DeviceId);
            var free = left.TryGetValue(model, out var known) ? known : FreeOf(wanted[w], target, reserved);
            left[model] = Math.Max(free - 1, 0);
            if (free > 0)
            {
                served.Add(w);
            }
        }

        var host = new CandidateHost(target.Host, target.Inventory, target.Usage with { Owners = reserved });
        var picks = DeviceChoice.Choose(served.ConvertAll(w => wanted[w]), sameNumaNode: false, host, devices => new FixedLayoutCosts(moving, target, devices));
        foreach (var pick in picks ?? [])
        {
            to[open[served[pick.Wanted]]] = pick.Device.Address;
        }
    }

    private static DeviceWanted Model(HeldDevice held) =>
        new(held.Device.Address.ToString(), 1, held.Identity.VendorId, held.Identity.DeviceId, null, NoLabels, held.Device.Policy);

    private static int FreeOf(DeviceWanted model, MigrationTarget target, Dictionary<PciAddress, Guid> reserved) =>
        target.Inventory.Devices.Count(d => model.Matches(d) && !reserved.ContainsKey(d.Address));
}
