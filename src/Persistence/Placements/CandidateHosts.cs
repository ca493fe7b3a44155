using System.Runtime.CompilerServices;
using Npgsql;
using Placement.Domain.Fleet;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;
using Placement.Persistence.Hosts;

namespace Placement.Persistence.Placements;

/// <summary>
/// Reads the hosts a placement looks at (<see cref="CandidateSql"/>) page by page in the
/// strategy's order, each host with enough free matching devices as a <see cref="CandidateHost"/>,
/// each without as a <c>no-matching-device</c> in the <see cref="HostScreening"/>, which a counted
/// first page also gives the hosts admitted and those without the memory. The caller stops
/// reading when it has what it needs; later pages are then never asked for. The first page holds
/// one host more than the limit, what a search whose first hosts all fit without warnings reads;
/// each later page twice as many as the one before, so that reading the whole fleet takes a few
/// statements. A page carries no documents: the inventories come from the
/// <see cref="InventoryCache"/>, and those it lacks from one more statement for the page. The
/// caller reads every statement in one snapshot (repeatable read).
/// </summary>
internal static class CandidateHosts
{
    private const int MaxPageSize = 1024;

    public static async IAsyncEnumerable<CandidateHost> ReadAsync(
        NpgsqlConnection connection, InventoryCache inventories, PlacementRequest request, bool mostFreeFirst, HostScreening? screening,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        (long Free, string Name)? after = null;
        var size = request.Limit + 1;
        for (var full = true; full; size = Math.Min(2 * size, MaxPageSize))
        {
            var counted = after is null && screening is not null;
            var page = await CandidateRows.PageAsync(connection, request, mostFreeFirst, after, counted, size, cancellationToken);
            if (page.Admitted is { } admitted)
            {
                screening!.Admit(admitted);
                screening.Reject(FindingCodes.InsufficientMemory, page.Short ?? 0);
            }

            var found = await InventoriesAsync(connection, inventories, page.Rows, cancellationToken);
            foreach (var row in page.Rows)
            {
                after = (row.Free, row.Name);
                if (!row.Fits)
                {
                    screening?.Reject(FindingCodes.NoMatchingDevice);
                    continue;
                }

                yield return Candidate(row, found[row.Name]);
            }

            full = page.Rows.Count == size;
        }
    }

    /// <summary>The inventories of the page's hosts that fit: from the cache, or read and kept.</summary>
    private static async Task<Dictionary<string, HostInventory>> InventoriesAsync(
        NpgsqlConnection connection, InventoryCache inventories, List<CandidateRow> rows, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, HostInventory>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var row in rows.Where(r => r.Fits))
        {
            if (inventories.Find(row.Name, row.Generation, row.UpdatedAt) is { } inventory)
            {
                found[row.Name] = inventory;
            }
            else
            {
                missing.Add(row.Name);
            }
        }

        if (missing.Count > 0)
        {
            var documents = await CandidateRows.DocumentsAsync(connection, missing, cancellationToken);
            foreach (var row in rows.Where(r => r.Fits && !found.ContainsKey(r.Name)))
            {
                found[row.Name] = inventories.Keep(row.Name, row.Generation, row.UpdatedAt, documents[row.Name]);
            }
        }

        return found;
    }

    private static CandidateHost Candidate(CandidateRow row, HostInventory inventory)
    {
        var owners = new Dictionary<PciAddress, Guid>();
        for (var i = 0; i < (row.Devices?.Length ?? 0); i++)
        {
            owners[PciAddress.Parse(row.Devices![i])] = row.Owners![i];
        }

        var used = ByteSize.FromMiB((ulong)Math.Max(0, row.Used));
        return new CandidateHost(HostName.Parse(row.Name), inventory, new HostUsage(owners, used), row.NameHolder);
    }
}
