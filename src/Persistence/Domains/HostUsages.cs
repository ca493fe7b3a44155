using Microsoft.EntityFrameworkCore;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Persistence.Domains;

/// <summary>What the live domains of a host hold, read from the live assignments and domains.</summary>
internal static class HostUsages
{
    public static async Task<HostUsage> LoadAsync(PlacementDbContext db, HostName host, CancellationToken cancellationToken)
    {
        var name = host.Value;
        var owners = await db.Set<AssignmentRow>()
            .Where(a => a.HostName == name && a.ReleasedAt == null)
            .Select(a => new { a.Sbdf, a.DomainId })
            .ToListAsync(cancellationToken);
        var memory = await db.Set<DomainRow>()
            .Where(d => d.HostName == name && d.State == DomainConfiguration.Live)
            .SumAsync(d => d.MemoryMiB, cancellationToken);
        return new HostUsage(owners.ToDictionary(o => PciAddress.Parse(o.Sbdf), o => o.DomainId), ByteSize.FromMiB((ulong)memory));
    }

    /// <summary>The live domains of a host, for messages that name them.</summary>
    public static Task<List<string>> LiveDomainsAsync(PlacementDbContext db, HostName host, CancellationToken cancellationToken)
    {
        var name = host.Value;
        return db.Set<DomainRow>()
            .Where(d => d.HostName == name && d.State == DomainConfiguration.Live)
            .OrderBy(d => d.Id)
            .Select(d => d.Name + " (" + d.Id.ToString() + ")")
            .ToListAsync(cancellationToken);
    }
}
