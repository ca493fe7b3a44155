using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Tests.Inventory;

/// <summary>Compact builders of inventories for rule tests: start valid, change one thing.</summary>
internal static class TestInventory
{
    public const string Igd = "0000:00:02.0";
    public const string Xhci = "0000:00:14.0";

    /// <summary>The x86 host of docs/api.md, without its NIC: valid as it stands.</summary>
    public static HostInventory X86Example() => new(
        CpuArchitecture.X64,
        ByteSize.FromMiB(65536),
        46,
        Iommu: true,
        new Dictionary<string, string> { ["rack"] = "r12" },
        [
            Device(Igd, "Intel IGD", new Bar(0, BarKind.Memory, new ByteSize(0x100_0000), Is64Bit: true, Prefetchable: false)),
            Device(Xhci, "USB xHCI"),
        ],
        [Region(0xab80a000, 0xab81e000, Xhci), Region(0xad000000, 0xaf800000, Igd)]);

    public static HostInventory WithBars(params Bar[] bars) =>
        X86Example() with { Devices = [Device(Igd, "GPU", bars), Device(Xhci, null)] };

    public static HostInventory WithRegions(params ReservedRegion[] regions) =>
        X86Example() with { ReservedRegions = regions };

    public static HostInventory WithLabels(IEnumerable<KeyValuePair<string, string>> labels) =>
        X86Example() with { Labels = new Dictionary<string, string>(labels) };

    public static PciDevice Device(string sbdf, string? description, params Bar[] bars) =>
        new(PciAddress.Parse(sbdf), description, IommuProtected: true, bars);

    public static ReservedRegion Region(ulong start, ulong end, params string[] devices) =>
        new(new AddressRange(new PhysicalAddress(start), new PhysicalAddress(end)), devices.Select(PciAddress.Parse).ToList());

    public static Bar NewBar(int index, BarKind kind, ulong size, bool is64Bit = false) =>
        new(index, kind, new ByteSize(size), is64Bit, Prefetchable: false);

    public static IReadOnlyList<InventoryViolation> Violations(this HostInventory inventory) => InventoryRules.Check(inventory);

    /// <summary>Asserts exactly one violation, at <paramref name="path"/> with <paramref name="code"/>.</summary>
    public static InventoryViolation ShouldBeSingle(this IReadOnlyList<InventoryViolation> violations, string path, string code)
    {
        var violation = violations.ShouldHaveSingleItem();
        violation.Path.ShouldBe(path);
        violation.Code.ShouldBe(code);
        violation.Message.ShouldNotBeNullOrWhiteSpace();
        return violation;
    }
}
