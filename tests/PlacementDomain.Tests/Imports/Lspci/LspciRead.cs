using Placement.Domain.Imports;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Tests.Imports.Lspci;

/// <summary>Reads lspci text or a fixture of tests/formats/lspci, and builds the BARs tests expect.</summary>
internal static class LspciRead
{
    public static PartialInventory Fixture(string name) => Text(File.ReadAllText(Path.Combine(RepositoryPaths.Formats("lspci"), name)));

    public static PartialInventory Text(string text) => LspciText.Read(text).ShouldBeOfType<Imported>().Inventory;

    public static ImportFailure Failure(string text) => LspciText.Read(text).ShouldBeOfType<Unreadable>().Failure;

    public static ImportedDevice Device(this PartialInventory inventory, string sbdf) =>
        inventory.Devices.Where(d => d.Address == PciAddress.Parse(sbdf)).ShouldHaveSingleItem();

    public static ImportedBar MemoryBar(int? index, ulong? address, ulong size, bool is64Bit, bool prefetchable, bool disabled = false) =>
        new(index, BarKind.Memory, address is { } a ? new PhysicalAddress(a) : null, new ByteSize(size), is64Bit, prefetchable) { Disabled = disabled };

    public static ImportedBar IoBar(int? index, ulong? port, ulong size, bool disabled = false) =>
        new(index, BarKind.Io, port is { } p ? new PhysicalAddress(p) : null, new ByteSize(size), false, false) { Disabled = disabled };

    /// <summary>One function with the given lines under it, each one tab deep unless it starts with a tab already.</summary>
    public static PartialInventory Function(params string[] lines) =>
        Text("00:02.0 VGA compatible controller: Example Graphics\n" + string.Concat(lines.Select(l => (l.StartsWith('\t') ? l : "\t" + l) + "\n")));
}
