using Microsoft.Extensions.Diagnostics.HealthChecks;
using Placement.Persistence;

namespace Placement.Api.Hosting;

/// <summary>Ready means the database answers and its schema is current: a replica started before `migrate` is not.</summary>
public sealed class SchemaHealthCheck(PlacementDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = await db.PendingMigrationsAsync(cancellationToken);
        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending: run `PlacementApi migrate`.");
    }
}
