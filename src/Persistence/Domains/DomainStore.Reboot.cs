using Microsoft.EntityFrameworkCore;

namespace Placement.Persistence.Domains;

/// <summary>Reboot: a domain starts again with what it has.</summary>
public sealed partial class DomainStore
{
    /// <summary>
    /// Records a reboot of a live domain. Nothing is recomputed or released: the layout, the static
    /// banks (a direct-mapped domain boots on the same ones) and the devices stay with it.
    /// </summary>
    public Task<DomainWrite> RebootAsync(Guid id, CancellationToken cancellationToken) =>
        Transactions.RunAsync<DomainWrite>(db, async () =>
        {
            if (await LockAsync(id, cancellationToken) is not { } row)
            {
                return new DomainWrite.DomainNotFound();
            }

            if (row.State != DomainConfiguration.Live)
            {
                return new DomainWrite.DomainDestroyed();
            }

            db.Add(DomainEvents.Rebooted(row, clock.Now()));
            await db.SaveChangesAsync(cancellationToken);
            var devices = await db.LiveAssignments(id).AsNoTracking().ToListAsync(cancellationToken);
            return new DomainWrite.Rebooted(DomainRowMapping.ToStored(row, devices));
        }, cancellationToken);
}
