using System.Text.RegularExpressions;
using Placement.Domain.Memory;

namespace Placement.Domain.Imports;

/// <summary>
/// Walks a reserved_regions file, or a mail or terminal paste of one: lines that do not start
/// with <c>0x</c> (prompts, commands, prose) are skipped with one warning.
/// </summary>
internal sealed partial class SysfsReservedRegionsReader(ImportBuilder builder)
{
    private const string Expected = "0x<start> 0x<end> <type>: hex addresses, type direct, direct-relaxable, reserved or msi";

    // Linux's ISA/LPC floppy work-around (0-16 MiB), added to the group of the ISA bridge.
    private static readonly AddressRange IsaWorkaround = new(PhysicalAddress.Zero, new PhysicalAddress(0x100_0000));

    private readonly LogRegions regions = new(builder);
    private readonly List<int> skipped = [];
    private bool readRegionLine;

    public void Read(string text)
    {
        var lines = LogText.Lines(text, startsEntry: null);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // A mail client wraps "cat reserved_regions 0x...0 " before the end address and type.
            if (!RegionStart().IsMatch(line.Text) && TrailingStart().Match(line.Text) is { Success: true } start
                && i + 1 < lines.Count && RegionRest().IsMatch(lines[i + 1].Text))
            {
                Apply(start.Groups["start"].Value + " " + lines[++i].Text.Trim(), line.Number);
            }
            else if (RegionStart().IsMatch(line.Text))
            {
                Apply(line.Text.Trim(), line.Number);
            }
            else
            {
                skipped.Add(line.Number);
            }
        }

        Finish();
    }

    private void Apply(string text, int line)
    {
        var match = Region().Match(text);
        if (!match.Success)
        {
            throw ImportBuilder.AtLine(line, "sysfs-line-malformed", $"'{text}' is not a reserved_regions line.", Expected);
        }

        readRegionLine = true;
        var type = match.Groups["type"].Value;
        var range = InclusiveRange.From(InclusiveRange.Hex(match.Groups["first"].Value, line), InclusiveRange.Hex(match.Groups["last"].Value, line))
            ?? throw ImportBuilder.AtLine(line, "sysfs-range-invalid", $"'{text}' ends before it starts, or at 2^64-1.", Expected);
        switch (type)
        {
            case "direct" or "direct-relaxable" when range == IsaWorkaround:
                builder.Warn("sysfs-isa-workaround", "0x0-0xffffff is Linux's 0-16 MiB work-around for the ISA/LPC bridge, not an RMRR; it is not read.", line);
                break;
            case "direct":
                regions.Add(range, [], line, ImportedRegionFlags.MayBeMerged);
                break;
            case "direct-relaxable":
                regions.Add(range, [], line, ImportedRegionFlags.MayBeMerged, ImportedRegionFlags.Relaxable);
                break;
            case "msi" or "reserved":
                break;
            default:
                throw ImportBuilder.AtLine(line, "sysfs-type-unknown", $"'{type}' is not a reserved region type.", Expected);
        }
    }

    private void Finish()
    {
        if (skipped.Count > 0 && !readRegionLine)
        {
            // Nothing that looks like the file at all: it is not a reserved_regions file.
            throw ImportBuilder.AtLine(skipped[0], "sysfs-no-regions", "No line of the file is a reserved region.", Expected);
        }

        if (skipped.Count > 0)
        {
            builder.Warn("sysfs-lines-skipped", $"{skipped.Count} line(s) that are not reserved regions (prompts, commands, prose) were skipped, the first on line {skipped[0]}.", skipped[0]);
        }

        if (builder.Regions.Count > 0)
        {
            builder.Warn("sysfs-may-be-merged", "Linux merges adjacent and overlapping regions of one type, so a direct range may be several RMRRs; the file names no devices. The DMAR table gives each RMRR and its devices.");
        }
    }

    [GeneratedRegex(@"^\s*0x", RegexOptions.IgnoreCase)]
    private static partial Regex RegionStart();

    [GeneratedRegex(@"^\s*(?<first>0x[0-9a-fA-F]+)\s+(?<last>0x[0-9a-fA-F]+)\s+(?<type>\S+)\s*$")]
    private static partial Regex Region();

    [GeneratedRegex(@"\s(?<start>0x[0-9a-fA-F]+)\s*$")]
    private static partial Regex TrailingStart();

    [GeneratedRegex(@"^\s*0x[0-9a-fA-F]+\s+[a-z-]+\s*$")]
    private static partial Regex RegionRest();
}
