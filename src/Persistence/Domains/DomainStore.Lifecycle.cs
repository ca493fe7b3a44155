using Placement.Domain.Pci;
using Placement.Domain.UseCases;

namespace Placement.Persistence.Domains;

/// <summary>Unplug, reboot and destroy.</summary>
public sealed partial class DomainStore
{
    public Task<UnplugOutcome> UnplugAsync(Guid id, PciAddress device, CancellationToken cancellationToken) =>
        Transactions.RunAsync(db, async () =>
        {
            if (await LockAsync(id, cancellationToken) is not ({ } row, { } domain))
            {
                return new UnplugOutcome.DomainNotFound();
            }

            var outcome = UnplugDevice.Decide(domain, device);
            if (outcome is UnplugOutcome.Released released)
            {
                var sbdf = released.Assignment.Device.ToString();
                Release(row, db.Set<AssignmentRow>().Local.Single(a => a.DomainId == id && a.Sbdf == sbdf && a.ReleasedAt == null), clock.Now());
                await db.SaveChangesAsync(cancellationToken);
            }

            return outcome;
        }, cancellationToken);

    public Task<RebootOutcome> RebootAsync(Guid id, CancellationToken cancellationToken) =>
        Transactions.RunAsync(db, async () =>
        {
            if (await LockAsync(id, cancellationToken) is not ({ } row, { } domain))
            {
                return new RebootOutcome.DomainNotFound();
            }

            var outcome = RebootDomain.Decide(domain);
            if (outcome is RebootOutcome.Rebooted)
            {
                db.Add(DomainEvents.Rebooted(row, clock.Now()));
                await db.SaveChangesAsync(cancellationToken);
            }

            return outcome;
        }, cancellationToken);

    /// <summary>See <see cref="DestroyOutcome"/>: one statement, nothing loaded.</summary>
    public async Task<DestroyOutcome> DestroyAsync(Guid id, CancellationToken cancellationToken) =>
        await DomainDestruction.DestroyAsync(db, id, clock.Now(), cancellationToken) ? DestroyOutcome.Destroyed : DestroyOutcome.DomainNotFound;

    private void Release(DomainRow domain, AssignmentRow assignment, DateTimeOffset now)
    {
        assignment.ReleasedAt = now;
        db.Add(DomainEvents.Released(domain, assignment, now));
    }
}
