using Microsoft.EntityFrameworkCore;
using Placement.Domain.Domains;
using Placement.Domain.Inventory;
using Placement.Domain.Pci;
using Placement.Persistence.Hosts;

namespace Placement.Persistence.Domains;

/// <summary>What the inventory of a domain's host says the devices it holds are: what a move maps to devices of the same model.</summary>
internal static class HeldDevices
{
    /// <summary>The identity of each device the domain holds that its host's inventory lists.</summary>
    public static async Task<IReadOnlyDictionary<PciAddress, DeviceIdentity>> IdentitiesAsync(
        PlacementDbContext db, PlacedDomain domain, CancellationToken cancellationToken)
    {
        if (domain.Devices.Count == 0)
        {
            return new Dictionary<PciAddress, DeviceIdentity>();
        }

        var host = domain.Host.Value;
        var held = domain.Devices.Select(d => d.Device.ToString()).ToList();
        var rows = await db.Set<DeviceRow>().AsNoTracking().Where(d => d.HostName == host && held.Contains(d.Sbdf)).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => PciAddress.Parse(r.Sbdf), HostRowMapping.ToIdentity);
    }
}
