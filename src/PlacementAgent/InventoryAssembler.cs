using Placement.Domain.Imports;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Agent;

/// <summary>
/// Puts the host's facts, its PCI functions and its DMAR regions together into the inventory
/// document. What it leaves out, and why, is written to the messages (ADR 0022).
/// </summary>
internal static class InventoryAssembler
{
    public static InventoryDocument Build(
        HostFacts facts, IReadOnlyList<ImportedDevice> functions, IReadOnlyList<ImportedRegion> regions, IReadOnlyList<UnresolvedScope> unresolved, TextWriter messages)
    {
        var present = functions.Select(f => f.Address).ToHashSet();
        var kept = Regions(regions, present, unresolved.Select(u => u.Range).ToHashSet(), messages);
        var named = kept.SelectMany(r => r.Devices).ToHashSet();
        var devices = new List<DeviceDocument>();
        foreach (var function in functions.OrderBy(f => f.Address))
        {
            if (IsBridge(function) && !named.Contains(function.Address))
            {
                messages.WriteLine($"note: left out {function.Address}: a bridge (class {PciIds.FormatClassCode(function.ClassCode!.Value)}) is not passed through.");
                continue;
            }

            devices.Add(Device(function, facts.Iommu, messages));
        }

        return new InventoryDocument(InventoryNames.Name(CpuArchitecture.X64), facts.MemoryMiB, facts.PhysAddressBits, facts.Iommu, null, devices,
            kept.Select(r => new RegionDocument(r.Range.Start.ToString(), r.Range.End.ToString(), r.Devices.Select(d => d.ToString()).ToList())).ToList());
    }

    /// <summary>Host bridges, PCI-to-PCI bridges (also semi-transparent) and CardBus bridges: class 0x06, subclass 00, 04, 09 or 07.</summary>
    public static bool IsBridge(ImportedDevice function) => (function.ClassCode >> 8) is 0x0600 or 0x0604 or 0x0607 or 0x0609;

    private static DeviceDocument Device(ImportedDevice function, bool iommu, TextWriter messages)
    {
        var bars = new List<BarDocument>();
        foreach (var bar in function.Bars)
        {
            if (bar.Index is not { } index)
            {
                messages.WriteLine($"warning: {function.Address}: a BAR without an index is left out.");
                continue;
            }

            bars.Add(new BarDocument(index, InventoryNames.Name(bar.Kind), bar.Size.ToString(), bar.Is64Bit, bar.Prefetchable));
        }

        return new DeviceDocument(function.Address.ToString(), null, iommu,
            function.VendorId is { } vendor ? PciIds.FormatId(vendor) : null,
            function.DeviceId is { } device ? PciIds.FormatId(device) : null,
            function.ClassCode is { } code ? PciIds.FormatClassCode(code) : null,
            function.NumaNode, bars);
    }

    /// <summary>
    /// Regions by start (the DMAR reader refuses overlapping RMRRs, as Xen does). A device the host
    /// does not have is dropped from its region, and a region left without devices is dropped (Xen
    /// ignores an RMRR none of whose devices is present; the service takes none without devices).
    /// </summary>
    private static List<(AddressRange Range, List<PciAddress> Devices)> Regions(
        IReadOnlyList<ImportedRegion> regions, HashSet<PciAddress> present, HashSet<AddressRange> unresolved, TextWriter messages)
    {
        var kept = new List<(AddressRange Range, List<PciAddress> Devices)>();
        foreach (var region in regions.OrderBy(r => r.Range.Start))
        {
            var devices = region.Devices.Distinct().Order().ToList();
            foreach (var absent in devices.Where(d => !present.Contains(d)))
            {
                messages.WriteLine($"warning: RMRR {region.Range} names {absent}, which this host does not have; it is left out of the region.");
            }

            devices.RemoveAll(d => !present.Contains(d));
            if (devices.Count == 0)
            {
                messages.WriteLine(unresolved.Contains(region.Range)
                    ? $"warning: RMRR {region.Range} is left out: its only devices are scopes the agent does not resolve; add it by hand."
                    : $"warning: RMRR {region.Range} is left out: none of its devices is present (Xen ignores it too).");
                continue;
            }

            kept.Add((region.Range, devices));
        }

        return kept;
    }
}
