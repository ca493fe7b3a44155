namespace Placement.Api.Imports;

internal static class ImportExamples
{
    /// <summary>What a laptop's DMAR table gives: the USB controller's RMRR and the IGD's.</summary>
    public static InventoryImportResponse Response => new(
        "acpi-dmar",
        [
            new ImportedRegionResponse("0x79e5d000", "0x79e7d000", ["0000:00:14.0"], []),
            new ImportedRegionResponse("0x7b800000", "0x80000000", ["0000:00:02.0"], []),
        ],
        [new UnresolvedScopeResponse("0x7a000000", "0x7a001000", "0000:00:1c.0/00.0", "a path through a bridge: its bus number is known only on the live host")],
        [],
        null,
        [new ImportWarningResponse("dmar-checksum", "The table's checksum is 0x3c; the bytes sum to 0x12, not 0 (the regions are read anyway).", null, 9)]);
}
