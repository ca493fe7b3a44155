using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Placement.Domain.Fleet;
using Placement.Domain.UseCases;
using Placement.Persistence.Hosts;

namespace Placement.Persistence.Placements;

/// <summary>
/// Runs a placement over the fleet (<see cref="PlaceDomain"/>): the database screens the hosts
/// (filter, memory, free matching devices) and hands the others over in the strategy's order,
/// so the search stops as soon as no host left could rank better (<see cref="CandidateHosts"/>).
/// </summary>
public sealed class Placements(PlacementDbContext db, InventoryCache inventories)
{
    /// <summary>The placement: candidates, and the hosts the filter admits and why the others were ruled out.</summary>
    public Task<PlacementOutcome> PlaceAsync(PlacementRequest request, CancellationToken cancellationToken) =>
        PlaceAsync(request, counted: true, cancellationToken);

    /// <summary>
    /// The same candidates without counting the fleet (what a placed create tries): its
    /// <see cref="PlacementOutcome.Placed.Evaluated"/> and <see cref="PlacementOutcome.Placed.Rejected"/>
    /// say only what the hosts read came to.
    /// </summary>
    public Task<PlacementOutcome> CandidatesAsync(PlacementRequest request, CancellationToken cancellationToken) =>
        PlaceAsync(request, counted: false, cancellationToken);

    private async Task<PlacementOutcome> PlaceAsync(PlacementRequest request, bool counted, CancellationToken cancellationToken)
    {
        var (place, refusal) = PlaceDomain.Start(request);
        if (place is null)
        {
            return refusal!;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Every page, and the documents read for it, in one snapshot.
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var snapshot = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            var screening = counted ? new HostScreening() : null;
            var hosts = CandidateHosts.ReadAsync(connection, inventories, request, place.MostFreeMemoryFirst, screening, cancellationToken);
            var outcome = await place.DecideAsync(hosts, inStreamOrder: true, screening, cancellationToken);
            await snapshot.CommitAsync(cancellationToken);
            return outcome;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
