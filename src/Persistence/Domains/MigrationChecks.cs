using Placement.Domain.UseCases;

namespace Placement.Persistence.Domains;

/// <summary>
/// Loads what a migration check needs: the domain, what its host's inventory says its devices are,
/// then the targets in one round trip (<see cref="TargetHosts"/>), each handed to
/// <see cref="CheckMigration"/> as it is read, so the fleet is never held.
/// </summary>
public sealed class MigrationChecks(PlacementDbContext db, DomainReader reader)
{
    public async Task<MigrationCheckOutcome> CheckAsync(Guid id, IReadOnlyList<TargetQuery>? targets, int limit, CancellationToken cancellationToken)
    {
        if (await reader.FindAsync(id, cancellationToken) is not { } domain)
        {
            return new MigrationCheckOutcome.DomainNotFound();
        }

        var identities = await HeldDevices.IdentitiesAsync(db, domain, cancellationToken);
        var (check, refusal) = CheckMigration.Start(domain, identities, targets);
        if (check is null)
        {
            return refusal!;
        }

        var names = check.Targets?.Select(h => h.Value).ToArray();
        var hosts = TargetHosts.LoadAsync(db, domain, names, [.. check.Addresses], check.Models, cancellationToken);
        return await check.DecideAsync(hosts, limit, cancellationToken);
    }
}
