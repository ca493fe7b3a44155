using System.Globalization;
using Placement.Domain.Imports;
using Placement.Domain.Pci;

namespace Placement.Agent;

/// <summary>
/// Resolves a DMAR device scope that goes through bridges (<c>SSSS:BB:DD.F/DD.F/...</c>) on the
/// live host, as Xen does from config space: each bridge's <c>secondary_bus_number</c> in sysfs
/// gives the bus of the next hop. The last function must exist and not be a bridge: a bridge
/// scope covers everything below the bridge, which is left unresolved.
/// </summary>
internal static class BridgePaths
{
    public static PciAddress? Resolve(HostTree tree, UnresolvedScope scope)
    {
        var hops = scope.Path.Split('/');
        if (hops.Length < 2 || !PciAddress.TryParse(hops[0], out var current))
        {
            return null;
        }

        foreach (var hop in hops.Skip(1))
        {
            var secondary = tree.ReadText($"{PciFunctions.Folder}/{current}/secondary_bus_number")?.Trim();
            if (!byte.TryParse(secondary, NumberStyles.None, CultureInfo.InvariantCulture, out var bus)
                || !PciAddress.TryParse($"{current.Segment:x4}:{bus:x2}:{hop}", out current))
            {
                return null;
            }
        }

        var @class = tree.ReadText($"{PciFunctions.Folder}/{current}/class")?.Trim();
        return PciIds.TryParseClassCode(@class, out var code) && (code >> 8) is not (0x0604 or 0x0607 or 0x0609) ? current : null;
    }
}
