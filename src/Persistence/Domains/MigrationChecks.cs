using Placement.Domain.UseCases;

namespace Placement.Persistence.Domains;

/// <summary>
/// Loads what a migration check needs, in one round trip (<see cref="TargetHosts"/>), and hands
/// each host to <see cref="CheckMigration"/> as it is read, so the fleet is never held.
/// </summary>
public sealed class MigrationChecks(PlacementDbContext db, DomainReader reader)
{
    public async Task<MigrationCheckOutcome> CheckAsync(Guid id, IReadOnlyList<TargetQuery>? targets, int limit, CancellationToken cancellationToken)
    {
        if (await reader.FindAsync(id, cancellationToken) is not { } domain)
        {
            return new MigrationCheckOutcome.DomainNotFound();
        }

        var (check, refusal) = CheckMigration.Start(domain, targets);
        if (check is null)
        {
            return refusal!;
        }

        var names = check.Targets?.Select(h => h.Value).ToArray();
        return await check.DecideAsync(TargetHosts.LoadAsync(db, domain, names, [.. check.Addresses], cancellationToken), limit, cancellationToken);
    }
}
