using Placement.Domain.Arm;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;
using Placement.Persistence.Hosts;

namespace Placement.Api.Hosts;

internal static class HostMapping
{
    /// <summary>The most RAM any valid host can have: the largest physical address space, in MiB.</summary>
    public const long MaxMemoryMiB = 1L << (InventoryRules.MaxPhysAddressBits - 20);

    /// <summary>The domain inventory of a body, or null while any part of it is missing or unreadable.</summary>
    public static HostInventory? ToInventory(this HostInventoryBody body) => body.ToInventory(lenient: false);

    /// <summary>
    /// For validation only: the inventory with placeholders for unreadable host-level fields (the
    /// validator reports those itself), so the rules of devices and regions are checked as well;
    /// null while a device, BAR, region or label is unreadable.
    /// </summary>
    public static HostInventory? ToInventoryForRules(this HostInventoryBody body) => body.ToInventory(lenient: true);

    private static HostInventory? ToInventory(this HostInventoryBody body, bool lenient)
    {
        var memoryMiB = body.MemoryMiB is long m and > 0 and <= MaxMemoryMiB ? m : (long?)null;
        var architectureReads = InventoryNames.TryParseArchitecture(body.Architecture, out var architecture);
        var readable = architectureReads && memoryMiB is not null && body.PhysAddressBits is not null && body.Iommu is not null;
        if (!readable && !lenient)
        {
            return null;
        }

        var iommu = body.Iommu ?? true;
        var devices = (body.Devices ?? []).Select(d => d?.ToDevice(iommu, lenient)).ToList();
        var regions = (body.ReservedRegions ?? []).Select(ToRegion).ToList();
        if (devices.Contains(null) || regions.Contains(null) || (body.Labels ?? []).Any(l => l.Value is null) || !body.Arm.TryToPlatform(out var arm))
        {
            return null;
        }

        // Placeholders that break no rule of their own: a host with an arm section is arm64, its memory what its banks add up to.
        return new HostInventory(
            architectureReads ? architecture : arm is null ? CpuArchitecture.X64 : CpuArchitecture.Arm64,
            memoryMiB is { } mib ? ByteSize.FromMiB((ulong)mib) : PlaceholderMemory(arm),
            body.PhysAddressBits ?? InventoryRules.MaxPhysAddressBits,
            iommu,
            body.Labels ?? [],
            devices!,
            regions!)
        {
            Arm = arm,
        };
    }

    private static ByteSize PlaceholderMemory(ArmPlatform? arm)
    {
        var banks = arm is null ? UInt128.Zero : AddressRange.TotalBytes(arm.MemoryBanks);
        return banks > 0 && banks <= (ulong)MaxMemoryMiB * ByteSize.MiB ? new ByteSize((ulong)banks) : ByteSize.FromMiB(1);
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
            inventory.Labels.ByKey(),
            inventory.Devices.OrderBy(d => d.Address).Select(ToResponse).ToList(),
            inventory.ReservedRegions.OrderBy(r => r.Range.Start).Select(r => new ReservedRegionResponse(
                r.Range.Start.ToString(),
                r.Range.End.ToString(),
                r.Devices.Select(d => d.ToString()).ToList())).ToList(),
            inventory.Arm.ToResponse(),
            host.CreatedAt,
            host.UpdatedAt,
            host.UpdatedBy);
    }

    public static HostSummaryResponse ToResponse(this HostSummary host) => new(
        host.Name, host.Architecture, host.MemoryMiB, host.Iommu, host.Labels, host.DeviceCount, host.ReservedRegionCount, host.Generation, host.UpdatedAt);

    private static DeviceResponse ToResponse(PciDevice device) => new(
        device.Address.ToString(),
        device.Description,
        device.IommuProtected,
        device.Bars.OrderBy(b => b.Index).Select(b => new BarResponse(b.Index, b.Kind.Name(), b.Size.ToString(), b.Is64Bit, b.Prefetchable)).ToList(),
        ArmMapping.ToResponses(device.Mmio),
        device.Spis.Order().ToList(),
        DeviceIdentityMapping.IdText(device.Identity.VendorId),
        DeviceIdentityMapping.IdText(device.Identity.DeviceId),
        DeviceIdentityMapping.ClassCodeText(device.Identity.ClassCode),
        device.Identity.NumaNode,
        device.Identity.Labels.ByKey());

    private static PciDevice? ToDevice(this DeviceBody body, bool hostIommu, bool lenient)
    {
        var bars = (body.Bars ?? []).Select(ToBar).ToList();
        return PciAddress.TryParse(body.Sbdf, out var address) && !bars.Contains(null) && ArmMapping.ToRanges(body.Mmio) is { } mmio
            && body.ToIdentity(lenient) is { } identity
            ? new PciDevice(address, body.Description, body.IommuProtected ?? hostIommu, bars!) { Mmio = mmio, Spis = body.Spis ?? [], Identity = identity }
            : null;
    }

    private static Bar? ToBar(BarBody body) =>
        body is { Index: { } index, Size.Value: { } size } && InventoryNames.TryParseBarKind(body.Kind ?? "memory", out var kind)
            ? new Bar(index, kind, new ByteSize(size), body.Is64Bit ?? false, body.Prefetchable ?? false)
            : null;

    private static ReservedRegion? ToRegion(ReservedRegionBody? body)
    {
        var devices = (body?.Devices ?? []).Select(d => PciAddress.TryParse(d, out var a) ? a : (PciAddress?)null).ToList();
        return body is { Start.Value: { } start, End.Value: { } end, Devices: not null } && start <= end && !devices.Contains(null)
            ? new ReservedRegion(new AddressRange(new PhysicalAddress(start), new PhysicalAddress(end)), devices.Select(d => d!.Value).ToList())
            : null;
    }
}
