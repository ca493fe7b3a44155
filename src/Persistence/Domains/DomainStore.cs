using Microsoft.EntityFrameworkCore;
using Placement.Domain.Arm;
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

            if ((inventory.Architecture == CpuArchitecture.Arm64) != (request.Arm is not null))
            {
                return new DomainWrite.ArchitectureMismatch(inventory.Architecture);
            }

            if (occupancy.NameHolder is { } holder)
            {
                return new DomainWrite.NameTaken(holder);
            }

            var now = clock.Now();
            var result = request.Arm is null
                ? await CreateX86Async(host, name, request, inventory, occupancy.Usage, now, cancellationToken)
                : await CreateArmAsync(host, name, request, inventory, occupancy.Usage, now, cancellationToken);
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
            var outcome = domain.ArmLayout is { } arm
                ? ArmDeviceChecks.Check(inventory, request.Address, domain.Request.Arm!, arm.Console, occupancy.Usage, domain.Id)
                : Hotplug.Check(inventory, domain.ToLiveDomain(), request, occupancy.Usage);
            var now = clock.Now();
            DomainWrite result;
            if (outcome.Outcome == AssignmentOutcome.Refused)
            {
                result = new DomainWrite.AttachRefused(outcome, await RefuseAsync(DomainEvents.RefusedHotplug(domain, outcome, now), cancellationToken));
            }
            else
            {
                var assignment = StoredAssignment.Of(outcome, now);
                AddAssignment(domain.Id, domain.Name, host, assignment);
                result = new DomainWrite.Attached(domain with { Devices = [.. domain.Devices, assignment] }, assignment);
            }

            Idempotency.Remember(db, key, record(result), now);
            await db.SaveChangesAsync(cancellationToken);
            return result;
        }, cancellationToken);

    private async Task<DomainWrite> CreateX86Async(
        HostName host, string name, PlanRequest request, HostInventory inventory, HostUsage usage, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = LayoutPlanner.Plan(inventory, request, usage);
        return plan.Layout is { } layout
            ? new DomainWrite.Created(Add(host, name, request, plan.Findings, layout, plan.Devices, now))
            : await RefuseCreateAsync(host, name, request, plan.Devices, plan.Findings, now, cancellationToken);
    }

    private async Task<DomainWrite> CreateArmAsync(
        HostName host, string name, PlanRequest request, HostInventory inventory, HostUsage usage, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = ArmPlanner.Plan(inventory, request, usage, name);
        if (!plan.Feasible)
        {
            return await RefuseCreateAsync(host, name, request, plan.Devices, plan.Findings, now, cancellationToken);
        }

        var domain = Add(host, name, request, plan.Findings, plan.Layout, plan.Devices, now);
        db.AddRange(plan.Layout.StaticBanks.Select(b => new StaticBankRow
        {
            DomainId = domain.Id,
            HostName = host.Value,
            Start = checked((long)b.Start.Value),
            End = checked((long)b.End.Value),
        }));
        return new DomainWrite.Created(domain);
    }

    private async Task<DomainWrite> RefuseCreateAsync(
        HostName host, string name, PlanRequest request, IReadOnlyList<DeviceOutcome> devices, IReadOnlyList<Finding> findings, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        new DomainWrite.CreateRefused(devices, findings, await RefuseAsync(DomainEvents.RefusedCreate(host, name, request, findings, now), cancellationToken));

    private StoredDomain Add(
        HostName host, string name, PlanRequest request, IReadOnlyList<Finding> findings, GuestLayout layout, IReadOnlyList<DeviceOutcome> devices, DateTimeOffset now)
    {
        var row = DomainRowMapping.ToRow(DomainIds.Next(now), host, name, request, findings, layout, now);
        db.Add(row);
        var assignments = devices.Select(d => StoredAssignment.Of(d, now)).ToList();
        foreach (var assignment in assignments)
        {
            AddAssignment(row.Id, name, host, assignment);
        }

        return new StoredDomain(row.Id, host, name, DomainState.Live, request, layout, findings, assignments, now, null);
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
