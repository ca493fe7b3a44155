using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;
using Placement.Persistence.Hosts;

namespace Placement.Api.Hosts;

internal static class HostMapping
{
    /// <summary>The domain inventory of a body, or null while any part of it is missing or unreadable.</summary>
    public static HostInventory? ToInventory(this HostInventoryBody body)
    {
        if (!InventoryNames.TryParseArchitecture(body.Architecture, out var architecture)
            || body.MemoryMiB is not > 0 || body.PhysAddressBits is not { } bits || body.Iommu is not { } iommu)
        {
            return null;
        }

        var devices = (body.Devices ?? []).Select(d => d.ToDevice(iommu)).ToList();
        var regions = (body.ReservedRegions ?? []).Select(ToRegion).ToList();
        if (devices.Contains(null) || regions.Contains(null))
        {
            return null;
        }

        return new HostInventory(
            architecture,
            ByteSize.FromMiB((ulong)body.MemoryMiB.Value),
            bits,
            iommu,
            body.Labels ?? [],
            devices!,
            regions!);
    }

    public static HostResponse ToResponse(this StoredHost host)
    {
        var inventory = host.Inventory;
        return new HostResponse(
            host.Name.Value,
            host.Generation,
            inventory.Architecture.Name(),
            (long)(inventory.Memory.Bytes / ByteSize.MiB),
            inventory.PhysAddressBits,
            inventory.Iommu,
            inventory.Labels,
            inventory.Devices.Select(d => new DeviceResponse(
                d.Address.ToString(),
                d.Description,
                d.IommuProtected,
                d.Bars.Select(b => new BarResponse(b.Index, b.Kind.Name(), b.Size.ToString(), b.Is64Bit, b.Prefetchable)).ToList())).ToList(),
            inventory.ReservedRegions.Select(r => new ReservedRegionResponse(
                r.Range.Start.ToString(),
                r.Range.End.ToString(),
                r.Devices.Select(d => d.ToString()).ToList())).ToList(),
            host.CreatedAt,
            host.UpdatedAt);
    }

    public static HostSummaryResponse ToResponse(this HostSummary host) => new(
        host.Name, host.Architecture, host.MemoryMiB, host.Iommu, host.Labels, host.DeviceCount, host.ReservedRegionCount, host.Generation, host.UpdatedAt);

    private static PciDevice? ToDevice(this DeviceBody body, bool hostIommu)
    {
        var bars = (body.Bars ?? []).Select(ToBar).ToList();
        return PciAddress.TryParse(body.Sbdf, out var address) && !bars.Contains(null)
            ? new PciDevice(address, body.Description, body.IommuProtected ?? hostIommu, bars!)
            : null;
    }

    private static Bar? ToBar(BarBody body) =>
        body is { Index: { } index, Size.Value: { } size } && InventoryNames.TryParseBarKind(body.Kind ?? "memory", out var kind)
            ? new Bar(index, kind, new ByteSize(size), body.Is64Bit ?? false, body.Prefetchable ?? false)
            : null;

    private static ReservedRegion? ToRegion(ReservedRegionBody body)
    {
        var devices = (body.Devices ?? []).Select(d => PciAddress.TryParse(d, out var a) ? a : (PciAddress?)null).ToList();
        return body is { Start.Value: { } start, End.Value: { } end } && start <= end && !devices.Contains(null)
            ? new ReservedRegion(new AddressRange(new PhysicalAddress(start), new PhysicalAddress(end)), devices.Select(d => d!.Value).ToList())
            : null;
    }
}
