using System.Globalization;
using Placement.Domain.Imports;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Agent.Seams;

/// <summary>
/// Stands in for the domain's sysfs reader until it is merged: the texts of a function's
/// <c>vendor</c>, <c>device</c>, <c>class</c>, <c>resource</c> and <c>numa_node</c> files. Lines 0-5
/// of <c>resource</c> are the BARs (<c>start end flags</c>, inclusive end); the ROM and later
/// lines (SR-IOV, bridge windows) are left out, as <see cref="ImportedBar"/> says.
/// </summary>
internal static class ProvisionalSysfsPciFunction
{
    private const ulong IoResource = 0x100;
    private const ulong MemResource = 0x200;
    private const ulong Prefetch = 0x2000;
    private const ulong Mem64 = 0x100000;
    private const ulong Unset = 0x20000000;

    public static (ImportedDevice Device, IReadOnlyList<ImportWarning> Warnings) ReadWithWarnings(
        PciAddress address, string? vendor, string? device, string? @class, string? resource, string? numaNode)
    {
        var bars = new List<ImportedBar>();
        var lines = (resource ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var index = 0; index < Math.Min(lines.Length, Bar.RomIndex); index++)
        {
            if (ReadBar(index, lines[index]) is { } bar)
            {
                bars.Add(bar);
            }
        }

        return (new ImportedDevice(address, Id(vendor), Id(device), ClassCode(@class), bars)
        {
            NumaNode = int.TryParse(numaNode?.Trim(), CultureInfo.InvariantCulture, out var node) && node >= 0 ? node : null,
        }, []);
    }

    private static ImportedBar? ReadBar(int index, string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 3 || !HexNotation.TryParse(fields[0], out var start) || !HexNotation.TryParse(fields[1], out var end)
            || !HexNotation.TryParse(fields[2], out var flags) || (flags & (IoResource | MemResource)) == 0 || end < start)
        {
            return null;
        }

        var kind = (flags & IoResource) != 0 ? BarKind.Io : BarKind.Memory;
        var assigned = (flags & Unset) == 0;
        return new ImportedBar(index, kind, assigned ? new PhysicalAddress(start) : null, new ByteSize(end - start + 1),
            kind == BarKind.Memory && (flags & Mem64) != 0, kind == BarKind.Memory && (flags & Prefetch) != 0);
    }

    private static ushort? Id(string? text) => PciIds.TryParseId(text?.Trim(), out var id) ? id : null;

    private static uint? ClassCode(string? text) => PciIds.TryParseClassCode(text?.Trim(), out var code) ? code : null;
}
