using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Placement.Persistence.Domains;
using Placement.Persistence.Hosts;
using Placement.Persistence.Placements;

namespace Placement.Persistence;

/// <summary>Who sends the write being saved: the API reads the token's <c>sub</c>; null outside a request.</summary>
public interface ICallerAccessor
{
    string? Caller { get; }
}

/// <summary>No caller: writes made outside a request (tools, tests of the stores).</summary>
internal sealed class NoCaller : ICallerAccessor
{
    public string? Caller => null;
}

/// <summary>
/// Stamps the caller on every history line, refusal and host write as it is saved, so no store and
/// no code path that adds one can forget it. Destroy's batch writes its lines in SQL and passes the caller itself.
/// </summary>
internal sealed class CallerStamp(ICallerAccessor callers) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null || callers.Caller is not { } caller)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case AssignmentEventRow line when entry.State == EntityState.Added:
                    line.Caller ??= caller;
                    break;
                case PlacementRefusalRow refusal when entry.State == EntityState.Added:
                    refusal.Caller ??= caller;
                    break;
                case HostRow host when entry.State is EntityState.Added or EntityState.Modified:
                    host.UpdatedBy = caller;
                    break;
            }
        }
    }
}
