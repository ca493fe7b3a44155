using Placement.Domain.Fleet;
using Placement.Domain.UseCases;

namespace Placement.Persistence.Domains;

public sealed partial class DomainStore
{
    /// <summary>
    /// Creates a placed domain on the first of <paramref name="candidates"/> (in rank order) that
    /// can still take it (<see cref="CreatePlacedDomain"/>): one transaction per attempt, under the
    /// host's lock and the constraints of any create. An attempt whose host no longer fits writes
    /// nothing. Null when no candidate could take it. The host's inventory comes from the
    /// <see cref="Hosts.InventoryCache"/> the search filled, and the insert takes no savepoint (a
    /// failed attempt is rolled back whole): less work while the host is locked, since concurrent
    /// placed creates mostly want the same best host.
    /// </summary>
    public async Task<Keyed<CreateOutcome>?> CreatePlacedAsync(
        PlacementRequest request, IReadOnlyList<PlacementCandidate> candidates, string name, IdempotencyKey? key, CancellationToken cancellationToken)
    {
        foreach (var candidate in candidates.Take(CreatePlacedDomain.MaxAttempts))
        {
            var attempt = await Transactions.RunAsync<Keyed<CreateOutcome>?>(db, async () =>
            {
                if (await HostUsages.LockAsync(db, candidate.Host, name, cancellationToken, inventories) is not { } locked)
                {
                    return null;
                }

                if (await Idempotency.EarlierAsync(db, key, OutcomeDocuments.ReadCreate, cancellationToken) is { } earlier)
                {
                    return earlier;
                }

                var now = clock.Now();
                if (CreatePlacedDomain.Decide(request, candidate.Host, locked.Inventory, locked.Occupancy, name, DomainIds.Next(now), now) is not { } created)
                {
                    return null;
                }

                Add(created);
                Idempotency.Remember(db, key, OutcomeDocuments.Write(created), now);
                db.Database.AutoSavepointsEnabled = false;
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                finally
                {
                    db.Database.AutoSavepointsEnabled = true;
                }

                return Fresh<CreateOutcome>(created);
            }, cancellationToken);
            if (attempt is not null)
            {
                return attempt;
            }
        }

        return null;
    }
}
