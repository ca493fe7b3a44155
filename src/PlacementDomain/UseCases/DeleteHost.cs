using Placement.Domain.Inventory;

namespace Placement.Domain.UseCases;

/// <summary>Deletes a host: not while live domains run on it (destroyed ones do not hold it).</summary>
public static class DeleteHost
{
    /// <summary>One <c>host-in-use</c> conflict per live domain (named as given); empty when the host may go.</summary>
    public static IReadOnlyList<InventoryViolation> Conflicts(IEnumerable<string> liveDomains) =>
        liveDomains.Select(d => new InventoryViolation("host", InventoryInUse.HostInUse, $"Domain {d} lives on the host.")).ToList();
}
