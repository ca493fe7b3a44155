using Placement.Domain.Imports;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;

namespace Placement.Api.Imports;

internal static class ImportMapping
{
    public static InventoryImportResponse ToResponse(PartialInventory inventory) => new(
        inventory.Format.Name(),
        [.. inventory.ReservedRegions.Select(r => new ImportedRegionResponse(
            r.Range.Start.ToString(), r.Range.End.ToString(), [.. r.Devices.Select(d => d.ToString())], r.Flags))],
        [.. inventory.UnresolvedScopes.Select(u => new UnresolvedScopeResponse(u.Range.Start.ToString(), u.Range.End.ToString(), u.Path, u.Why))],
        [.. inventory.Devices.Select(ToResponse)],
        inventory.MemoryMiB is { } memory ? (long)memory : null,
        [.. inventory.Warnings.Select(w => new ImportWarningResponse(w.Code, w.Message, w.Line, w.Offset))]);

    private static ImportedDeviceResponse ToResponse(ImportedDevice device) => new(
        device.Address.ToString(),
        device.Description,
        device.VendorId is { } vendor ? $"0x{vendor:x4}" : null,
        device.DeviceId is { } id ? $"0x{id:x4}" : null,
        device.ClassCode is { } code ? $"0x{code:x6}" : null,
        device.NumaNode,
        [.. device.Bars.Select(ToResponse)]);

    private static ImportedBarResponse ToResponse(ImportedBar bar) => new(
        bar.Index,
        bar.Kind == BarKind.Io ? "io" : "memory",
        bar.Size.ToString(),
        bar.Is64Bit,
        bar.Prefetchable,
        bar.Address is PhysicalAddress address ? address.ToString() : null,
        bar.Disabled);
}
