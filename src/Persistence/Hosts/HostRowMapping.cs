using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Persistence.Hosts;

/// <summary>
/// Rows to inventory and back. Addresses are stored as bigint; every valid inventory keeps them
/// below 2^52, and the checked casts throw rather than store a wrapped value.
/// </summary>
internal static class HostRowMapping
{
    public static void CopyTo(this HostInventory inventory, HostRow row)
    {
        var name = row.Name;
        row.Architecture = inventory.Architecture.Name();
        row.MemoryMiB = checked((long)(inventory.Memory.Bytes / ByteSize.MiB));
        row.PhysAddressBits = inventory.PhysAddressBits;
        row.Iommu = inventory.Iommu;
        row.Arm = inventory.Arm.ToRow();
        row.Labels.AddRange(inventory.Labels.Select(l => new HostLabelRow { HostName = name, Key = l.Key, Value = l.Value }));
        row.Devices.AddRange(inventory.Devices.Select(d => new DeviceRow
        {
            HostName = name,
            Sbdf = d.Address.ToString(),
            Description = d.Description,
            IommuProtected = d.IommuProtected,
            Mmio = ArmRowMapping.ToRows(d.Mmio),
            Spis = [.. d.Spis],
            VendorId = d.Identity.VendorId,
            DeviceId = d.Identity.DeviceId,
            ClassCode = checked((int?)d.Identity.ClassCode),
            NumaNode = d.Identity.NumaNode,
            Labels = new(d.Identity.Labels),
            Bars = d.Bars.Select(b => new BarRow
            {
                HostName = name,
                Sbdf = d.Address.ToString(),
                Index = b.Index,
                Kind = b.Kind.Name(),
                Size = checked((long)b.Size.Bytes),
                Is64Bit = b.Is64Bit,
                Prefetchable = b.Prefetchable,
            }).ToList(),
        }));
        row.ReservedRegions.AddRange(inventory.ReservedRegions.Select(r => new ReservedRegionRow
        {
            HostName = name,
            Start = checked((long)r.Range.Start.Value),
            End = checked((long)r.Range.End.Value),
            Devices = r.Devices.Select(d => d.ToString()).ToList(),
        }));
    }

    public static StoredHost ToStoredHost(this HostRow row) =>
        new(HostName.Parse(row.Name), row.ToInventory(), row.Generation, row.CreatedAt, row.UpdatedAt);

    private static HostInventory ToInventory(this HostRow row) => new(
        InventoryNames.TryParseArchitecture(row.Architecture, out var architecture)
            ? architecture
            : throw new InvalidDataException($"Host {row.Name} has unknown architecture '{row.Architecture}'."),
        ByteSize.FromMiB(checked((ulong)row.MemoryMiB)),
        row.PhysAddressBits,
        row.Iommu,
        row.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).ToDictionary(l => l.Key, l => l.Value),
        row.Devices.Select(ToDevice).OrderBy(d => d.Address).ToList(),
        row.ReservedRegions.OrderBy(r => r.Start).Select(ToRegion).ToList())
    {
        Arm = row.Arm.ToPlatform(),
    };

    private static PciDevice ToDevice(DeviceRow row) => new(
        PciAddress.Parse(row.Sbdf),
        row.Description,
        row.IommuProtected,
        row.Bars.OrderBy(b => b.Index).Select(b => new Bar(
            b.Index,
            InventoryNames.TryParseBarKind(b.Kind, out var kind) ? kind : throw new InvalidDataException($"Unknown BAR kind '{b.Kind}'."),
            new ByteSize(checked((ulong)b.Size)),
            b.Is64Bit,
            b.Prefetchable)).ToList())
    {
        Mmio = ArmRowMapping.ToRanges(row.Mmio),
        Spis = [.. row.Spis],
        Identity = ToIdentity(row),
    };

    // Labels in key order, as a host's: a jsonb column returns its keys in another order than they were written.
    public static DeviceIdentity ToIdentity(DeviceRow row) => new(
        checked((ushort?)row.VendorId),
        checked((ushort?)row.DeviceId),
        checked((uint?)row.ClassCode),
        row.NumaNode,
        row.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).ToDictionary());

    private static ReservedRegion ToRegion(ReservedRegionRow row) => new(
        new AddressRange(new PhysicalAddress(checked((ulong)row.Start)), new PhysicalAddress(checked((ulong)row.End))),
        row.Devices.Select(PciAddress.Parse).ToList());
}
