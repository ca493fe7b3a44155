using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Imports;

/// <summary>
/// The <c>resource</c> attribute: one line <c>0x%016llx 0x%016llx 0x%016llx</c> (start, inclusive
/// end, flags) per resource, as Linux's <c>resource_show</c> prints them. Lines 1-6 are BARs 0-5; line 7
/// is the expansion ROM and later lines are SR-IOV VF BARs and bridge windows, none of them BARs of
/// the function. An all-zero line is an unused BAR, as is the upper half of a 64-bit BAR.
/// </summary>
internal static class SysfsPciResource
{
    private const int BarCount = 6;

    // include/linux/ioport.h
    private const ulong TypeBits = 0x1f00;
    private const ulong Io = 0x100;
    private const ulong Mem = 0x200;
    private const ulong Prefetch = 0x2000;
    private const ulong Mem64 = 0x100000;
    private const ulong Unset = 0x20000000;

    public static IReadOnlyList<ImportedBar> Read(PciAddress address, string text, List<ImportWarning> warnings)
    {
        var bars = new List<ImportedBar>();
        var lines = text.Split('\n');
        for (var index = 0; index < Math.Min(BarCount, lines.Length); index++)
        {
            var fields = lines[index].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                continue;
            }

            var problem = TryBar(index, fields, out var bar);
            if (problem is not null)
            {
                warnings.Add(new ImportWarning("sysfs-pci-resource-skipped", $"{address}/resource line {index + 1} (BAR {index}) is left out: {problem}.", index + 1));
            }
            else if (bar is not null)
            {
                bars.Add(bar);
            }
        }

        return bars;
    }

    /// <summary>The problem with the line, or null; <paramref name="bar"/> is null for an unused BAR.</summary>
    private static string? TryBar(int index, string[] fields, out ImportedBar? bar)
    {
        bar = null;
        if (fields.Length != 3 || !HexNotation.TryParse(fields[0], out var start) || !HexNotation.TryParse(fields[1], out var end)
            || !HexNotation.TryParse(fields[2], out var flags))
        {
            return "it is not three 0x-prefixed hex numbers (start, end, flags)";
        }

        if (start == 0 && end == 0 && flags == 0)
        {
            return null;
        }

        var type = flags & TypeBits;
        if (type is not (Io or Mem))
        {
            return $"its flags 0x{flags:x} are neither I/O (0x100) nor memory (0x200)";
        }

        if (end < start || end - start == ulong.MaxValue)
        {
            return $"its end 0x{end:x} is below its start 0x{start:x} or spans all of 2^64";
        }

        var memory = type == Mem;
        bar = new ImportedBar(
            index,
            memory ? BarKind.Memory : BarKind.Io,
            (flags & Unset) != 0 ? null : new PhysicalAddress(start),
            new ByteSize(end - start + 1),
            memory && (flags & Mem64) != 0,
            memory && (flags & Prefetch) != 0);
        return null;
    }
}
