using Microsoft.EntityFrameworkCore;
using Placement.Domain.Inventory;

namespace Placement.Persistence.Hosts;

/// <summary>
/// Every write that depends on a host's inventory or on what its domains hold locks the host's row
/// first, until its transaction ends: inventory replaces, creates and hotplugs on one host run one
/// at a time, and each sees what the previous one committed. Always the host before a domain.
/// </summary>
internal static class HostLock
{
    public static Task<HostRow?> AcquireRowAsync(PlacementDbContext db, HostName name, CancellationToken cancellationToken) =>
        db.Hosts.FromSql($"SELECT * FROM hosts WHERE name = {name.Value} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    /// <summary>Locks the row without reading it: for a host a write must hold still but does not read.</summary>
    public static Task AcquireAsync(PlacementDbContext db, HostName name, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT 1 FROM hosts WHERE name = {name.Value} FOR UPDATE", cancellationToken);
}
