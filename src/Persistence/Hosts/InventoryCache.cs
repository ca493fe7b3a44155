using System.Collections.Concurrent;
using Placement.Domain.Inventory;

namespace Placement.Persistence.Hosts;

/// <summary>
/// Inventories read from host documents, kept by host name with the generation and update time
/// of the document they come from: a replace writes a new generation (never reused, ADR 0004), so
/// an entry is either the stored inventory or not used. Parsing a document of 64 devices is most
/// of what a placement spends per host; the hosts a placement reads first are mostly the same from
/// one request to the next. At most <see cref="Capacity"/> hosts: past that, it starts empty again.
/// One per service, as its database is.
/// </summary>
public sealed class InventoryCache
{
    public const int Capacity = 1024;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>The inventory of this generation of the host's document, if kept.</summary>
    public HostInventory? Find(string host, long generation, DateTimeOffset updatedAt) =>
        entries.TryGetValue(host, out var entry) && entry.Generation == generation && entry.UpdatedAt == updatedAt ? entry.Inventory : null;

    /// <summary>Reads the host's document of this generation, keeps its inventory and returns it.</summary>
    public HostInventory Keep(string host, long generation, DateTimeOffset updatedAt, string document)
    {
        var inventory = HostDocument.Read(document).ToStoredHost().Inventory;
        if (entries.Count >= Capacity)
        {
            entries.Clear();
        }

        entries[host] = new Entry(generation, updatedAt, inventory);
        return inventory;
    }

    private sealed record Entry(long Generation, DateTimeOffset UpdatedAt, HostInventory Inventory);
}
