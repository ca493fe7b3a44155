using Microsoft.EntityFrameworkCore;
using Placement.Domain.Domains;
using Placement.Domain.Inventory;

namespace Placement.Persistence.Domains;

/// <summary>Reads domains, their history, and the refused creates of a host.</summary>
public sealed class DomainReader(PlacementDbContext db)
{
    public async Task<PlacedDomain?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await db.Set<DomainRow>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var live = await db.LiveAssignments(id).AsNoTracking().ToListAsync(cancellationToken);
        return DomainRowMapping.ToStored(row, live);
    }

    public Task<HostUsage> UsageAsync(HostName host, CancellationToken cancellationToken) => HostUsages.LoadAsync(db, host, cancellationToken);

    public async Task<DomainPage> ListAsync(DomainQuery query, CancellationToken cancellationToken)
    {
        var domains = db.Set<DomainRow>().AsNoTracking();
        if (query.Host is { } host)
        {
            domains = domains.Where(d => d.HostName == host);
        }

        if (query.State is { } state)
        {
            var name = DomainRowMapping.NameOf(state);
            domains = domains.Where(d => d.State == name);
        }

        if (query.After is { } after)
        {
            domains = domains.Where(d => d.Id > after);
        }

        var page = await domains.OrderBy(d => d.Id).Take(query.Limit + 1)
            .Select(d => new
            {
                d.Id,
                d.HostName,
                d.Name,
                d.State,
                d.MemoryMiB,
                d.CreatedAt,
                d.DestroyedAt,
                Devices = db.Set<AssignmentRow>().Where(a => a.DomainId == d.Id && a.ReleasedAt == null).OrderBy(a => a.Id).Select(a => a.Sbdf).ToList(),
            })
            .ToListAsync(cancellationToken);
        var items = page.Take(query.Limit)
            .Select(d => new DomainSummary(d.Id, d.HostName, d.Name, DomainRowMapping.StateOf(d.State), d.MemoryMiB, d.Devices, d.CreatedAt, d.DestroyedAt))
            .ToList();
        return new DomainPage(items, page.Count > query.Limit ? items[^1].Id : null);
    }

    /// <summary>A domain's history, oldest first; null when there is no such domain.</summary>
    public async Task<EventPage?> HistoryAsync(Guid id, long? after, int limit, CancellationToken cancellationToken)
    {
        if (!await db.Set<DomainRow>().AnyAsync(d => d.Id == id, cancellationToken))
        {
            return null;
        }

        return await PageAsync(db.Set<AssignmentEventRow>().Where(e => e.DomainId == id), after, limit, cancellationToken);
    }

    /// <summary>The creates refused on a host, oldest first.</summary>
    public Task<EventPage> RefusalsAsync(HostName host, long? after, int limit, CancellationToken cancellationToken) =>
        PageAsync(db.Set<AssignmentEventRow>().Where(e => e.HostName == host.Value && e.DomainId == null), after, limit, cancellationToken);

    private static async Task<EventPage> PageAsync(IQueryable<AssignmentEventRow> events, long? after, int limit, CancellationToken cancellationToken)
    {
        if (after is { } last)
        {
            events = events.Where(e => e.Id > last);
        }

        var page = await events.AsNoTracking().OrderBy(e => e.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var items = page.Take(limit).Select(DomainEvents.ToEvent).ToList();
        return new EventPage(items, page.Count > limit ? items[^1].Id : null);
    }
}
