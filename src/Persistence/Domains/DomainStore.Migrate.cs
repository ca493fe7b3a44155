using Microsoft.EntityFrameworkCore;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Migration;
using Placement.Persistence.Hosts;

namespace Placement.Persistence.Domains;

/// <summary>The move of a domain to another host (xen-semantics §7, ADR 0011).</summary>
public sealed partial class DomainStore
{
    /// <summary>
    /// Moves a live domain to <paramref name="target"/> with its layout: locks both hosts (by name,
    /// so two migrations never wait on each other crosswise) and the domain, checks again, then
    /// releases the source devices, attaches <paramref name="devices"/> (null: the same addresses
    /// and policies as now) and writes the move into the history.
    /// </summary>
    public Task<DomainWrite> MigrateAsync(Guid id, HostName target, IReadOnlyList<DeviceRequest>? devices, CancellationToken cancellationToken) =>
        Transactions.RunAsync<DomainWrite>(db, async () =>
        {
            var seen = await db.Set<DomainRow>().Where(d => d.Id == id).Select(d => new { d.HostName, d.Name }).SingleOrDefaultAsync(cancellationToken);
            if (seen is null)
            {
                return new DomainWrite.DomainNotFound();
            }

            var source = HostName.Parse(seen.HostName);
            if (string.CompareOrdinal(source.Value, target.Value) < 0)
            {
                await HostLock.AcquireAsync(db, source, cancellationToken);
            }

            if (await HostUsages.LockAsync(db, target, seen.Name, cancellationToken) is not { } locked)
            {
                return new DomainWrite.HostNotFound();
            }

            var (inventory, occupancy) = locked;

            if (string.CompareOrdinal(source.Value, target.Value) > 0)
            {
                await HostLock.AcquireAsync(db, source, cancellationToken);
            }

            var row = await LockAsync(id, cancellationToken);
            if (row!.State != DomainConfiguration.Live)
            {
                return new DomainWrite.DomainDestroyed();
            }

            if (row.HostName != source.Value)
            {
                return new DomainWrite.DomainMoved(row.HostName);
            }

            var live = await db.LiveAssignments(id).ToListAsync(cancellationToken);
            var domain = DomainRowMapping.ToStored(row, live.Select(DomainRowMapping.ToStored).ToList());
            if (domain.ArmLayout is not null)
            {
                return new DomainWrite.ArchitectureNotSupported(CpuArchitecture.Arm64);
            }

            var moving = new MovingDomain(domain.ToLiveDomain(), domain.Name, ByteSize.FromMiB(domain.Request.MemoryMiB), CpuArchitecture.X64, source);
            var wanted = devices ?? domain.Devices.Select(d => new DeviceRequest(d.Device, d.Policy)).ToList();
            var verdict = MigrationCheck.Check(moving, new MigrationTarget(target, inventory, occupancy.Usage, wanted, occupancy.NameHolder));
            var now = clock.Now();
            if (verdict.Verdict == MigrationVerdict.Incompatible)
            {
                var refusal = DomainEvents.Migration(id, domain.Name, source, target, refused: true, verdict.Findings, now);
                return new DomainWrite.MigrationRefused(verdict, await RefuseAsync(refusal, cancellationToken));
            }

            foreach (var assignment in live)
            {
                Release(row, assignment, now);
            }

            row.HostName = target.Value;
            db.Add(DomainEvents.Migration(id, domain.Name, source, target, refused: false, verdict.Findings, now));
            var attached = verdict.Devices.Select(o => StoredAssignment.Of(o, now)).ToList();
            foreach (var assignment in attached)
            {
                AddAssignment(id, domain.Name, target, assignment);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new DomainWrite.Migrated(domain with { Host = target, Devices = attached }, verdict);
        }, cancellationToken);
}
