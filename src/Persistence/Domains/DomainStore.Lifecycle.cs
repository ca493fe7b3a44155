using Microsoft.EntityFrameworkCore;
using Placement.Domain.Inventory;
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

    /// <summary>
    /// Reboots under the host's lock and the domain's (in that order, as a hotplug takes them): the
    /// layout is recomputed against the host as it is now (<see cref="RebootDomain"/>); a refused
    /// reboot writes nothing.
    /// </summary>
    public Task<RebootOutcome> RebootAsync(Guid id, CancellationToken cancellationToken) =>
        Transactions.RunAsync(db, async () =>
        {
            var hostName = await db.Set<DomainRow>().Where(d => d.Id == id).Select(d => d.HostName).SingleOrDefaultAsync(cancellationToken);
            if (hostName is null)
            {
                return new RebootOutcome.DomainNotFound();
            }

            var (inventory, occupancy) = await HostUsages.LockAsync(db, HostName.Parse(hostName), null, cancellationToken)
                ?? throw new InvalidOperationException($"Domain {id} lives on host {hostName}, which does not exist.");
            var (row, domain) = await LockAsync(id, cancellationToken);
            if (row!.HostName != hostName)
            {
                throw new StaleReadException($"Domain {id} moved from {hostName} to {row.HostName}.");
            }

            var outcome = RebootDomain.Decide(domain!, inventory, occupancy.Usage);
            if (outcome is RebootOutcome.Rebooted rebooted)
            {
                row.Layout = DomainDocuments.Write(rebooted.Domain.Layout);
                row.Findings = DomainDocuments.Write(rebooted.Domain.Findings);
                foreach (var assignment in db.ChangeTracker.Entries<AssignmentRow>().Select(e => e.Entity).Where(a => a.DomainId == id && a.ReleasedAt is null))
                {
                    var held = rebooted.Domain.Devices.Single(d => d.Device.ToString() == assignment.Sbdf);
                    assignment.IdentityMaps = DomainDocuments.Write(held.IdentityMaps);
                }

                db.Add(DomainEvents.Rebooted(row, rebooted.Changes, clock.Now()));
                await db.SaveChangesAsync(cancellationToken);
            }

            return outcome;
        }, cancellationToken);

    /// <summary>See <see cref="DestroyOutcome"/>: one statement, nothing loaded.</summary>
    public async Task<DestroyOutcome> DestroyAsync(Guid id, CancellationToken cancellationToken) =>
        await DomainDestruction.DestroyAsync(db, id, clock.Now(), callers?.Caller, cancellationToken) ? DestroyOutcome.Destroyed : DestroyOutcome.DomainNotFound;

    private void Release(DomainRow domain, AssignmentRow assignment, DateTimeOffset now)
    {
        assignment.ReleasedAt = now;
        db.Add(DomainEvents.Released(domain, assignment, now));
    }
}
