using Microsoft.EntityFrameworkCore;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Migration;
using Placement.Domain.Pci;
using Placement.Persistence.Hosts;

namespace Placement.Persistence.Domains;

/// <summary>
/// Creates domains and changes what they hold, each write in one transaction: the host's row lock
/// orders writes that read its usage (xen-semantics §6), the partial unique index on live
/// assignments guarantees one owner per device whatever happens, and every refusal is recorded.
/// A keyed write stores its answer (its <c>record</c> function renders it) in the same transaction.
/// </summary>
public sealed class DomainStore(PlacementDbContext db, TimeProvider clock)
{
    public const string LiveDeviceIndex = "ux_assignments_live_device";

    public Task<DomainWrite> CreateAsync(
        HostName host, string name, PlanRequest request, IdempotencyKey? key, Func<DomainWrite, RecordedResponse?> record, CancellationToken cancellationToken) =>
        Transactions.RunAsync<DomainWrite>(db, async () =>
        {
            if (await HostUsages.LockAsync(db, host, name, cancellationToken) is not { } locked)
            {
                return new DomainWrite.HostNotFound();
            }

            var (inventory, occupancy) = locked;

            if (await Idempotency.EarlierAsync(db, key, cancellationToken) is { } earlier)
            {
                return earlier;
            }

            if (inventory.Architecture != CpuArchitecture.X64)
            {
                return new DomainWrite.ArchitectureNotSupported(inventory.Architecture);
            }

            if (occupancy.NameHolder is { } holder)
            {
                return new DomainWrite.NameTaken(holder);
            }

            var plan = LayoutPlanner.Plan(inventory, request, occupancy.Usage);
            var now = clock.Now();
            DomainWrite result = plan.Layout is { } layout
                ? new DomainWrite.Created(Add(host, name, request, plan, layout, now))
                : new DomainWrite.CreateRefused(plan, await RefuseAsync(DomainEvents.RefusedCreate(host, name, request, plan, now), cancellationToken));
            Idempotency.Remember(db, key, record(result), now);
            await db.SaveChangesAsync(cancellationToken);
            return result;
        }, cancellationToken);

    /// <summary>The answer an earlier request with this key got (<see cref="DomainWrite.Replayed"/> or <see cref="DomainWrite.KeyReused"/>), if any.</summary>
    public Task<DomainWrite?> EarlierAsync(IdempotencyKey key, CancellationToken cancellationToken) => Idempotency.EarlierAsync(db, key, cancellationToken);

    public Task<DomainWrite> AttachAsync(
        Guid id, DeviceRequest request, IdempotencyKey? key, Func<DomainWrite, RecordedResponse?> record, CancellationToken cancellationToken) =>
        Transactions.RunAsync<DomainWrite>(db, async () =>
        {
            var hostName = await db.Set<DomainRow>().Where(d => d.Id == id).Select(d => d.HostName).SingleOrDefaultAsync(cancellationToken);
            if (hostName is null)
            {
                return new DomainWrite.DomainNotFound();
            }

            var host = HostName.Parse(hostName);
            var (inventory, occupancy) = await HostUsages.LockAsync(db, host, null, cancellationToken)
                ?? throw new InvalidOperationException($"Domain {id} lives on host {host}, which does not exist.");
            if (await Idempotency.EarlierAsync(db, key, cancellationToken) is { } earlier)
            {
                return earlier;
            }

            var row = await LockAsync(id, cancellationToken);
            if (row!.HostName != hostName)
            {
                throw new StaleReadException($"Domain {id} moved from {hostName} to {row.HostName}.");
            }

            if (row.State != DomainConfiguration.Live)
            {
                return new DomainWrite.DomainDestroyed();
            }

            var domain = DomainRowMapping.ToStored(row, await LiveAssignmentsAsync(id, cancellationToken));
            var outcome = Hotplug.Check(inventory, domain.ToLiveDomain(), request, occupancy.Usage);
            var now = clock.Now();
            DomainWrite result;
            if (outcome.Outcome == AssignmentOutcome.Refused)
            {
                result = new DomainWrite.AttachRefused(outcome, await RefuseAsync(DomainEvents.RefusedHotplug(domain, outcome, now), cancellationToken));
            }
            else
            {
                var assignment = new StoredAssignment(outcome.Device, outcome.Policy, outcome.Outcome, outcome.Findings, now);
                AddAssignment(domain.Id, domain.Name, host, assignment);
                result = new DomainWrite.Attached(domain with { Devices = [.. domain.Devices, assignment] }, assignment);
            }

            Idempotency.Remember(db, key, record(result), now);
            await db.SaveChangesAsync(cancellationToken);
            return result;
        }, cancellationToken);

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

            var live = await db.Set<AssignmentRow>().Where(a => a.DomainId == id && a.ReleasedAt == null).OrderBy(a => a.Id).ToListAsync(cancellationToken);
            var domain = DomainRowMapping.ToStored(row, live.Select(DomainRowMapping.ToStored).ToList());
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
            var attached = verdict.Devices.Select(o => new StoredAssignment(o.Device, o.Policy, o.Outcome, o.Findings, now)).ToList();
            foreach (var assignment in attached)
            {
                AddAssignment(id, domain.Name, target, assignment);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new DomainWrite.Migrated(domain with { Host = target, Devices = attached }, verdict);
        }, cancellationToken);

    private StoredDomain Add(HostName host, string name, PlanRequest request, LayoutPlan plan, DomainLayout layout, DateTimeOffset now)
    {
        var row = DomainRowMapping.ToRow(DomainIds.Next(now), host, name, request, plan, layout, now);
        db.Add(row);
        var assignments = plan.Devices.Select(d => new StoredAssignment(d.Device, d.Policy, d.Outcome, d.Findings, now)).ToList();
        foreach (var assignment in assignments)
        {
            AddAssignment(row.Id, name, host, assignment);
        }

        return new StoredDomain(row.Id, host, name, DomainState.Live, request, layout, plan.Findings, assignments, now, null);
    }

    private void AddAssignment(Guid domain, string domainName, HostName host, StoredAssignment assignment)
    {
        db.Add(DomainRowMapping.ToRow(domain, host, assignment));
        db.Add(DomainEvents.Assigned(domain, domainName, host, assignment));
    }

    private void Release(DomainRow domain, AssignmentRow assignment, DateTimeOffset now)
    {
        assignment.ReleasedAt = now;
        db.Add(DomainEvents.Released(domain, assignment, now));
    }

    private async Task<long> RefuseAsync(AssignmentEventRow refusal, CancellationToken cancellationToken)
    {
        db.Add(refusal);
        await db.SaveChangesAsync(cancellationToken);
        return refusal.Id;
    }

    private Task<DomainRow?> LockAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<DomainRow>().FromSql($"SELECT * FROM domains WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    private Task<List<AssignmentRow>> LiveAssignmentsAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<AssignmentRow>().AsNoTracking().Where(a => a.DomainId == id && a.ReleasedAt == null).OrderBy(a => a.Id).ToListAsync(cancellationToken);
}
