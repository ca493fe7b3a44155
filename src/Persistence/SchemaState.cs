using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Placement.Persistence;

public static class SchemaState
{
    /// <summary>
    /// The migrations the database lacks. Asks whether the history table exists first, so that an
    /// empty database is not a failed query (and an error in the log) on every readiness probe.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PendingMigrationsAsync(this PlacementDbContext db, CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        return await history.ExistsAsync(cancellationToken)
            ? (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList()
            : db.Database.GetMigrations().ToList();
    }
}
