namespace Placement.Domain.Imports;

/// <summary>
/// What one file tells of a host: reserved regions with their devices, scopes it could not
/// resolve, PCI devices with BARs, total memory in MiB (null when the file does not say), and
/// warnings. Nothing is stored: the caller merges parts into an inventory.
/// </summary>
public sealed record PartialInventory(
    ImportFormat Format,
    IReadOnlyList<ImportedRegion> ReservedRegions,
    IReadOnlyList<UnresolvedScope> UnresolvedScopes,
    IReadOnlyList<ImportedDevice> Devices,
    ulong? MemoryMiB,
    IReadOnlyList<ImportWarning> Warnings);
