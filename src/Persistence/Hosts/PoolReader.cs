using Microsoft.EntityFrameworkCore;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;

namespace Placement.Persistence.Hosts;

/// <summary>
/// What an rdm pool resolves to: the hosts found (by name order), the named hosts that do not
/// exist, and the reserved regions of the hosts found, duplicates and overlaps included.
/// </summary>
public sealed record PoolRegions(IReadOnlyList<HostName> Hosts, IReadOnlyList<HostName> Missing, IReadOnlyList<AddressRange> Regions);

/// <summary>Reads the reserved regions of a pool's hosts (strategy pool, docs/xen-rules.md §7) in one query, without locks.</summary>
public sealed class PoolReader(PlacementDbContext db)
{
    public async Task<PoolRegions> ReadAsync(RdmPool pool, CancellationToken cancellationToken)
    {
        var hosts = db.Hosts.AsNoTracking();
        if (pool.Label is { } label)
        {
            if (!LabelRules.TryParse(label, out var key, out var value))
            {
                throw new ArgumentException($"'{label}' is not a key=value label.", nameof(pool));
            }

            hosts = hosts.Where(h => h.Labels.Any(l => l.Key == key && l.Value == value));
        }
        else
        {
            var wanted = pool.Hosts.Select(h => h.Value).ToList();
            hosts = hosts.Where(h => wanted.Contains(h.Name));
        }

        var found = await hosts.OrderBy(h => h.Name)
            .Select(h => new { h.Name, Regions = h.ReservedRegions.Select(r => new { r.Start, r.End }).ToList() })
            .ToListAsync(cancellationToken);
        var names = found.Select(h => HostName.Parse(h.Name)).ToList();
        return new PoolRegions(
            names,
            pool.Hosts.Except(names).ToList(),
            found.SelectMany(h => h.Regions)
                .Select(r => new AddressRange(new PhysicalAddress(checked((ulong)r.Start)), new PhysicalAddress(checked((ulong)r.End)))).ToList());
    }
}
