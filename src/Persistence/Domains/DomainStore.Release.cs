using Microsoft.EntityFrameworkCore;
using Placement.Domain.Pci;

namespace Placement.Persistence.Domains;

/// <summary>Unplug and destroy: what gives devices back.</summary>
public sealed partial class DomainStore
{
    public Task<DomainWrite> DetachAsync(Guid id, PciAddress device, CancellationToken cancellationToken) =>
        Transactions.RunAsync<DomainWrite>(db, async () =>
        {
            if (await LockAsync(id, cancellationToken) is not { } row)
            {
                return new DomainWrite.DomainNotFound();
            }

            var sbdf = device.ToString();
            var assignment = await db.Set<AssignmentRow>()
                .SingleOrDefaultAsync(a => a.DomainId == id && a.Sbdf == sbdf && a.ReleasedAt == null, cancellationToken);
            if (assignment is null)
            {
                return new DomainWrite.DeviceNotAssigned();
            }

            Release(row, assignment, clock.Now());
            await db.SaveChangesAsync(cancellationToken);
            return new DomainWrite.Released();
        }, cancellationToken);

    /// <summary>Releases every device and marks the domain destroyed; destroying it again changes nothing.</summary>
    public async Task<DomainWrite> DestroyAsync(Guid id, CancellationToken cancellationToken) =>
        await DomainDestruction.DestroyAsync(db, id, clock.Now(), cancellationToken) ? new DomainWrite.Released() : new DomainWrite.DomainNotFound();

    private void Release(DomainRow domain, AssignmentRow assignment, DateTimeOffset now)
    {
        assignment.ReleasedAt = now;
        db.Add(DomainEvents.Released(domain, assignment, now));
    }
}
