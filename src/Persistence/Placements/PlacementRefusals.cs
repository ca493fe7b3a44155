using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Placement.Domain.Fleet;
using Placement.Domain.Layout;
using Placement.Domain.UseCases;
using Placement.Persistence.Domains;

namespace Placement.Persistence.Placements;

/// <summary>A placed create no host could take, as recorded: the request and what ruled the hosts out.</summary>
public sealed record PlacementRefusal(
    long Id, string Name, X86Request Settings, DomainPlacement Placement, int Evaluated, IReadOnlyDictionary<string, int> Rejected, DateTimeOffset At, string? Caller = null);

public sealed record PlacementRefusalPage(IReadOnlyList<PlacementRefusal> Items, long? LastId);

/// <summary>Records the placed creates that no host could take, and reads them back, oldest first.</summary>
public sealed class PlacementRefusals(PlacementDbContext db, TimeProvider clock)
{
    /// <summary>Records that no host could take <paramref name="request"/> (named <paramref name="name"/>); the id of the line.</summary>
    public async Task<long> RecordAsync(PlacementRequest request, string name, PlacementOutcome.Placed counts, CancellationToken cancellationToken)
    {
        var row = new PlacementRefusalRow
        {
            Name = name,
            Settings = DomainDocuments.Write(request.Settings),
            Placement = PlacementDocuments.Write(DomainPlacement.Of(request, [])),
            Evaluated = counts.Evaluated,
            Rejected = JsonSerializer.Serialize(counts.Rejected),
            At = clock.Now(),
        };
        db.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return row.Id;
    }

    public async Task<PlacementRefusalPage> PageAsync(long? after, int limit, CancellationToken cancellationToken)
    {
        var rows = db.Set<PlacementRefusalRow>().AsNoTracking();
        if (after is { } last)
        {
            rows = rows.Where(r => r.Id > last);
        }

        var page = await rows.OrderBy(r => r.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var items = page.Take(limit).Select(r => new PlacementRefusal(
            r.Id,
            r.Name,
            (X86Request)DomainDocuments.ReadRequest(r.Settings),
            PlacementDocuments.Read(r.Placement),
            r.Evaluated,
            JsonSerializer.Deserialize<Dictionary<string, int>>(r.Rejected)!,
            r.At,
            r.Caller)).ToList();
        return new PlacementRefusalPage(items, page.Count > limit ? items[^1].Id : null);
    }
}
