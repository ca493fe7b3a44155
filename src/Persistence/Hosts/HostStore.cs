using Microsoft.EntityFrameworkCore;
using Placement.Domain.Inventory;
using Placement.Domain.UseCases;
using Placement.Persistence.Domains;

namespace Placement.Persistence.Hosts;

/// <summary>
/// Reads and writes host inventories. Every write locks the host's row for the length of its
/// transaction (<see cref="HostLock"/>), so concurrent replaces serialize and each sees the
/// generation the other wrote, and no domain write slips between a check of what live domains
/// hold and the write that depends on it.
/// </summary>
public sealed class HostStore(PlacementDbContext db, TimeProvider clock)
{
    public const string GenerationSequence = "host_generations";

    public async Task<StoredHost?> FindAsync(HostName name, CancellationToken cancellationToken)
    {
        var key = name.Value;
        var found = await db.Hosts.Where(h => h.Name == key).Select(h => new { h.Document, h.UpdatedBy }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : HostDocument.Read(found.Document).ToStoredHost() with { UpdatedBy = found.UpdatedBy };
    }

    public async Task<HostPage> ListAsync(HostQuery query, CancellationToken cancellationToken)
    {
        var hosts = db.Hosts.AsNoTracking();
        if (query.Architecture is { } architecture)
        {
            var architectureName = architecture.Name();
            hosts = hosts.Where(h => h.Architecture == architectureName);
        }

        foreach (var (key, value) in query.Labels)
        {
            hosts = hosts.Where(h => h.Labels.Any(l => l.Key == key && l.Value == value));
        }

        if (query.After is { } after)
        {
            hosts = hosts.Where(h => string.Compare(h.Name, after) > 0);
        }

        var page = await hosts.OrderBy(h => h.Name).Take(query.Limit + 1)
            .Select(h => new
            {
                h.Name,
                h.Architecture,
                h.MemoryMiB,
                h.Iommu,
                Labels = h.Labels.Select(l => new { l.Key, l.Value }).ToList(),
                DeviceCount = h.Devices.Count,
                ReservedRegionCount = h.ReservedRegions.Count,
                h.Generation,
                h.UpdatedAt,
            })
            .ToListAsync(cancellationToken);
        var items = page.Take(query.Limit).Select(h => new HostSummary(
            h.Name,
            h.Architecture,
            h.MemoryMiB,
            h.Iommu,
            h.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).ToDictionary(l => l.Key, l => l.Value),
            h.DeviceCount,
            h.ReservedRegionCount,
            h.Generation,
            h.UpdatedAt)).ToList();
        return new HostPage(items, page.Count > query.Limit ? items[^1].Name : null);
    }

    /// <summary>
    /// Creates or replaces the inventory of host <paramref name="name"/> when the precondition holds.
    /// Two first writers of one name race on the primary key: the loser's retry is a replace.
    /// </summary>
    public Task<HostWrite> SaveAsync(HostName name, HostInventory inventory, HostPrecondition precondition, CancellationToken cancellationToken) =>
        Transactions.RunAsync(db, () => SaveOnceAsync(name, inventory, precondition, cancellationToken), cancellationToken);

    public async Task<HostWrite> DeleteAsync(HostName name, HostPrecondition precondition, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await LockAsync(name, cancellationToken);
        if (current is null)
        {
            return new HostWrite(HostWriteStatus.NotFound);
        }

        if (!precondition.IsMetBy(current.Generation))
        {
            return new HostWrite(HostWriteStatus.PreconditionFailed, CurrentGeneration: current.Generation);
        }

        if (DeleteHost.Conflicts(await HostUsages.LiveDomainsAsync(db, name, cancellationToken)) is { Count: > 0 } conflicts)
        {
            return new HostWrite(HostWriteStatus.InUse, Conflicts: conflicts);
        }

        // What destroyed direct-mapped domains left out of the heap goes with the host: a host
        // registered again under this name starts with all its memory.
        var host = name.Value;
        await db.Set<StaticBankRow>().Where(b => b.HostName == host).ExecuteDeleteAsync(cancellationToken);
        db.Hosts.Remove(current);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new HostWrite(HostWriteStatus.Deleted);
    }

    private async Task<HostWrite> SaveOnceAsync(HostName name, HostInventory inventory, HostPrecondition precondition, CancellationToken cancellationToken)
    {
        var current = await LockAsync(name, cancellationToken);
        if (!precondition.IsMetBy(current?.Generation))
        {
            return new HostWrite(HostWriteStatus.PreconditionFailed, CurrentGeneration: current?.Generation);
        }

        if (current is not null)
        {
            var before = HostDocument.Read(current.Document).ToStoredHost().Inventory;
            var conflicts = ReplaceInventory.Conflicts(before, inventory, await HostUsages.LoadAsync(db, name, cancellationToken));
            if (conflicts.Count > 0)
            {
                return new HostWrite(HostWriteStatus.InUse, Conflicts: conflicts);
            }
        }

        // The document and the rows must say the same time.
        var now = clock.Now();
        var row = current ?? db.Hosts.Add(new HostRow { Name = name.Value, Architecture = "", CreatedAt = now }).Entity;
        if (current is not null)
        {
            await DeleteChildrenAsync(name.Value, cancellationToken);
        }

        row.Generation = await db.Database
            .SqlQueryRaw<long>($"SELECT nextval('{GenerationSequence}') AS \"Value\"")
            .SingleAsync(cancellationToken);
        row.UpdatedAt = now;
        inventory.CopyTo(row);
        row.Document = HostDocument.Write(row);
        await db.SaveChangesAsync(cancellationToken);
        var status = current is null ? HostWriteStatus.Created : HostWriteStatus.Replaced;
        return new HostWrite(status, new StoredHost(name, inventory, row.Generation, row.CreatedAt, row.UpdatedAt, row.UpdatedBy));
    }

    private Task<HostRow?> LockAsync(HostName name, CancellationToken cancellationToken) => HostLock.AcquireRowAsync(db, name, cancellationToken);

    private async Task DeleteChildrenAsync(string name, CancellationToken cancellationToken)
    {
        // Bars go with their devices (ON DELETE CASCADE).
        await db.Set<HostLabelRow>().Where(l => l.HostName == name).ExecuteDeleteAsync(cancellationToken);
        await db.Set<DeviceRow>().Where(d => d.HostName == name).ExecuteDeleteAsync(cancellationToken);
        await db.Set<ReservedRegionRow>().Where(r => r.HostName == name).ExecuteDeleteAsync(cancellationToken);
    }
}
