using Placement.Domain.Inventory;

namespace Placement.Domain.UseCases;

/// <summary>
/// Registers or replaces a host's inventory, valid by <see cref="InventoryRules"/> (checked when the
/// request is read): a new host takes anything; a replace may change nothing its live domains use.
/// </summary>
public static class ReplaceInventory
{
    /// <summary>What the live domains use that the write would change or remove; empty when it may go ahead.</summary>
    public static IReadOnlyList<InventoryViolation> Conflicts(HostInventory? current, HostInventory replacement, HostUsage usage) =>
        current is null ? [] : InventoryInUse.Check(current, replacement, usage);
}
