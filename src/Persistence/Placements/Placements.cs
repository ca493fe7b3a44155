using Microsoft.EntityFrameworkCore;
using Npgsql;
using Placement.Domain.Fleet;
using Placement.Domain.UseCases;

namespace Placement.Persistence.Placements;

/// <summary>
/// Runs a placement over the fleet (<see cref="PlaceDomain"/>): the database screens the hosts
/// (filter, memory, free matching devices) and hands the others over in the strategy's order,
/// so the search stops as soon as no host left could rank better (<see cref="CandidateHosts"/>).
/// </summary>
public sealed class Placements(PlacementDbContext db)
{
    public async Task<PlacementOutcome> PlaceAsync(PlacementRequest request, CancellationToken cancellationToken)
    {
        var (place, refusal) = PlaceDomain.Start(request);
        if (place is null)
        {
            return refusal!;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var screening = new HostScreening();
            var hosts = CandidateHosts.ReadAsync(connection, request, place.MostFreeMemoryFirst, screening, cancellationToken);
            return await place.DecideAsync(hosts, inStreamOrder: true, screening, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
