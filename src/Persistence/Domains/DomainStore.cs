using Microsoft.EntityFrameworkCore;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;

namespace Placement.Persistence.Domains;

/// <summary>
/// Creates domains and changes what they hold, each write in one transaction: the host's row lock
/// orders writes that read its usage (xen-semantics §6), the partial unique index on live
/// assignments guarantees one owner per device whatever happens, and every refusal is recorded.
/// A keyed write stores its answer (its <c>record</c> function renders it) in the same transaction.
/// </summary>
public sealed partial class DomainStore(PlacementDbContext db, TimeProvider clock)
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

            var domain = DomainRowMapping.ToStored(row, await db.LiveAssignments(id).AsNoTracking().ToListAsync(cancellationToken));
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

    private async Task<long> RefuseAsync(AssignmentEventRow refusal, CancellationToken cancellationToken)
    {
        db.Add(refusal);
        await db.SaveChangesAsync(cancellationToken);
        return refusal.Id;
    }

    private Task<DomainRow?> LockAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<DomainRow>().FromSql($"SELECT * FROM domains WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
}
