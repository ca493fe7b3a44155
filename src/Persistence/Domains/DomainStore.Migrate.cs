using Microsoft.EntityFrameworkCore;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.UseCases;
using Placement.Persistence.Hosts;

namespace Placement.Persistence.Domains;

/// <summary>The move of a domain to another host (docs/xen-rules.md §7, ADR 0011).</summary>
public sealed partial class DomainStore
{
    /// <summary>
    /// Locks both hosts (by name, so two migrations never wait on each other crosswise) and the
    /// domain, then saves what <see cref="MigrateDomain"/> decides: the source devices released,
    /// the target's attached, the move in the history; or the refusal.
    /// </summary>
    public Task<MigrateOutcome> MigrateAsync(Guid id, HostName target, IReadOnlyList<DeviceRequest>? devices, CancellationToken cancellationToken) =>
        Transactions.RunAsync(db, async () =>
        {
            var seen = await db.Set<DomainRow>().Where(d => d.Id == id).Select(d => new { d.HostName, d.Name }).SingleOrDefaultAsync(cancellationToken);
            if (seen is null)
            {
                return new MigrateOutcome.DomainNotFound();
            }

            var source = HostName.Parse(seen.HostName);
            if (string.CompareOrdinal(source.Value, target.Value) < 0)
            {
                await HostLock.AcquireAsync(db, source, cancellationToken);
            }

            if (await HostUsages.LockAsync(db, target, seen.Name, cancellationToken) is not { } locked)
            {
                return new MigrateOutcome.HostNotFound();
            }

            if (string.CompareOrdinal(source.Value, target.Value) > 0)
            {
                await HostLock.AcquireAsync(db, source, cancellationToken);
            }

            var (row, domain) = await LockAsync(id, cancellationToken);
            var identities = await HeldDevices.IdentitiesAsync(db, domain!, cancellationToken);
            var now = clock.Now();
            var outcome = MigrateDomain.Decide(domain!, identities, source, target, locked.Inventory, locked.Occupancy, devices, now);
            switch (outcome)
            {
                case MigrateOutcome.Refused refused:
                    var refusal = DomainEvents.Migration(id, domain!.Name, source, target, refused: true, refused.Verdict.Findings, now);
                    return refused with { RefusalId = await RefuseAsync(refusal, cancellationToken) };
                case MigrateOutcome.Migrated migrated:
                    foreach (var assignment in db.Set<AssignmentRow>().Local.Where(a => a.DomainId == id && a.ReleasedAt == null).ToList())
                    {
                        Release(row!, assignment, now);
                    }

                    row!.HostName = target.Value;
                    db.Add(DomainEvents.Migration(id, domain!.Name, source, target, refused: false, migrated.Verdict.Findings, now));
                    foreach (var assignment in migrated.Attached)
                    {
                        AddAssignment(id, domain.Name, target, assignment);
                    }

                    await db.SaveChangesAsync(cancellationToken);
                    break;
            }

            return outcome;
        }, cancellationToken);
}
