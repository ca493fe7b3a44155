using Microsoft.EntityFrameworkCore;
using Placement.Domain.Domains;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.UseCases;
using Placement.Persistence.Hosts;

namespace Placement.Persistence.Domains;

/// <summary>
/// Locks, loads and saves for the writes on domains; what they come to is the use cases' decision.
/// Each write is one transaction: the host's row lock orders writes that read its usage
/// (docs/xen-rules.md §6), the partial unique index on live assignments guarantees one owner per
/// device whatever happens, and every refusal is recorded. A keyed write stores its outcome in the
/// same transaction (<see cref="Idempotency"/>).
/// </summary>
public sealed partial class DomainStore(PlacementDbContext db, TimeProvider clock, InventoryCache? inventories = null, ICallerAccessor? callers = null)
{
    public const string LiveDeviceIndex = "ux_assignments_live_device";

    public Task<Keyed<CreateOutcome>> CreateAsync(HostName host, string name, DomainRequest request, IdempotencyKey? key, CancellationToken cancellationToken) =>
        Transactions.RunAsync<Keyed<CreateOutcome>>(db, async () =>
        {
            if (await HostUsages.LockAsync(db, host, name, cancellationToken) is not { } locked)
            {
                return Fresh<CreateOutcome>(new CreateOutcome.HostNotFound());
            }

            if (await Idempotency.EarlierAsync(db, key, OutcomeDocuments.ReadCreate, cancellationToken) is { } earlier)
            {
                return earlier;
            }

            var now = clock.Now();
            var outcome = CreateDomain.Decide(host, locked.Inventory, locked.Occupancy, name, request, DomainIds.Next(now), now) switch
            {
                CreateOutcome.Created created => Add(created),
                CreateOutcome.Refused refused => refused with
                {
                    RefusalId = await RefuseAsync(DomainEvents.RefusedCreate(host, name, request, refused.Findings, now), cancellationToken),
                },
                var other => other,
            };
            Idempotency.Remember(db, key, OutcomeDocuments.Write(outcome), now);
            await db.SaveChangesAsync(cancellationToken);
            return Fresh(outcome);
        }, cancellationToken);

    /// <summary>The outcome an earlier create with this key came to, if any.</summary>
    public Task<Keyed<CreateOutcome>?> EarlierCreateAsync(IdempotencyKey key, CancellationToken cancellationToken) =>
        Idempotency.EarlierAsync(db, key, OutcomeDocuments.ReadCreate, cancellationToken);

    public Task<Keyed<HotplugOutcome>> HotplugAsync(Guid id, DeviceRequest request, IdempotencyKey? key, CancellationToken cancellationToken) =>
        Transactions.RunAsync<Keyed<HotplugOutcome>>(db, async () =>
        {
            var hostName = await db.Set<DomainRow>().Where(d => d.Id == id).Select(d => d.HostName).SingleOrDefaultAsync(cancellationToken);
            if (hostName is null)
            {
                return Fresh<HotplugOutcome>(new HotplugOutcome.DomainNotFound());
            }

            var host = HostName.Parse(hostName);
            var (inventory, occupancy) = await HostUsages.LockAsync(db, host, null, cancellationToken)
                ?? throw new InvalidOperationException($"Domain {id} lives on host {host}, which does not exist.");
            if (await Idempotency.EarlierAsync(db, key, OutcomeDocuments.ReadHotplug, cancellationToken) is { } earlier)
            {
                return earlier;
            }

            var (row, domain) = await LockAsync(id, cancellationToken);
            if (row!.HostName != hostName)
            {
                throw new StaleReadException($"Domain {id} moved from {hostName} to {row.HostName}.");
            }

            var now = clock.Now();
            var outcome = HotplugDevice.Decide(inventory, occupancy.Usage, domain!, request, now) switch
            {
                HotplugOutcome.Attached attached => Attach(domain!, attached),
                HotplugOutcome.Refused refused => refused with
                {
                    RefusalId = await RefuseAsync(DomainEvents.RefusedHotplug(domain!, refused.Outcome, now), cancellationToken),
                },
                var other => other,
            };
            Idempotency.Remember(db, key, OutcomeDocuments.Write(outcome), now);
            await db.SaveChangesAsync(cancellationToken);
            return Fresh(outcome);
        }, cancellationToken);

    private static Keyed<T> Fresh<T>(T outcome)
        where T : class => new Keyed<T>.Answered(outcome, Replayed: false);

    private CreateOutcome.Created Add(CreateOutcome.Created created)
    {
        var domain = created.Domain;
        db.Add(DomainRowMapping.ToRow(domain));
        foreach (var assignment in domain.Devices)
        {
            AddAssignment(domain.Id, domain.Name, domain.Host, assignment);
        }

        db.AddRange(created.StaticBanks.Select(b => new StaticBankRow
        {
            DomainId = domain.Id,
            HostName = domain.Host.Value,
            Start = checked((long)b.Start.Value),
            End = checked((long)b.End.Value),
        }));
        return created;
    }

    private HotplugOutcome.Attached Attach(PlacedDomain domain, HotplugOutcome.Attached attached)
    {
        AddAssignment(domain.Id, domain.Name, domain.Host, attached.Assignment);
        return attached;
    }

    private void AddAssignment(Guid domain, string domainName, HostName host, DeviceAssignment assignment)
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

    /// <summary>Locks a domain's row and reads it with the devices it holds (their rows tracked, to release them).</summary>
    private async Task<(DomainRow? Row, PlacedDomain? Domain)> LockAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await db.Set<DomainRow>().FromSql($"SELECT * FROM domains WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return (null, null);
        }

        var live = await db.LiveAssignments(id).ToListAsync(cancellationToken);
        return (row, DomainRowMapping.ToStored(row, live));
    }
}
