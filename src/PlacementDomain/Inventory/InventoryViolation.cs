namespace Placement.Domain.Inventory;

/// <summary>
/// One broken rule of an inventory. <see cref="Path"/> names the offending part the way the
/// inventory document does (<c>reservedRegions[1].end</c>); <see cref="Code"/> is stable.
/// </summary>
public sealed record InventoryViolation(string Path, string Code, string Message);
