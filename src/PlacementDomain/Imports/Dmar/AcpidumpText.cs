using System.Text.RegularExpressions;

namespace Placement.Domain.Imports;

/// <summary>
/// Reads acpidump's hex text: finds the <c>DMAR @ 0x...</c> block among the other tables, decodes
/// its hex lines (each line's offset checked, at most 16 bytes, the ASCII column ignored) and
/// reads the table as <see cref="DmarTable.Read"/> does; warnings name the line holding the byte.
/// </summary>
public static partial class AcpidumpText
{
    [GeneratedRegex(@"^\s*DMAR @ 0x[0-9A-Fa-f]+\s*$")]
    private static partial Regex DmarHeading();

    public static ImportOutcome Read(string text) => ImportBuilder.Run(ImportFormat.Acpidump, builder =>
    {
        var lines = ImportText.Lines(text).ToList();
        var heading = lines.FindIndex(l => DmarHeading().IsMatch(l));
        if (heading < 0)
        {
            throw ImportBuilder.AtLine(Math.Max(lines.Count, 1), DmarCodes.AcpidumpNoDmar, "The text holds no DMAR table.", "a block headed 'DMAR @ 0x...' as acpidump prints it");
        }

        var bytes = new List<byte>();
        var lineStarts = new List<(long Offset, int Line)>();
        for (var index = heading + 1; index < lines.Count && lines[index].Trim().Length > 0; index++)
        {
            var number = index + 1;
            if (!HexDumpLine.TryParse(lines[index], out var offset, out var lineBytes))
            {
                break;
            }

            if (offset != bytes.Count)
            {
                throw ImportBuilder.AtLine(number, DmarCodes.AcpidumpOffset, $"The hex line starts at offset 0x{offset:x4}, but the bytes before it end at 0x{bytes.Count:x4}.", $"a line starting at offset {bytes.Count:X4}");
            }

            if (lineBytes is null)
            {
                throw ImportBuilder.AtLine(number, DmarCodes.AcpidumpLine, "The hex line holds no bytes after its offset.", "up to 16 two-digit hex bytes, one space apart, after the offset");
            }

            lineStarts.Add((offset, number));
            bytes.AddRange(lineBytes);
        }

        DmarRegions.Read(builder, [.. bytes], offset => LineOf(lineStarts, offset, heading + 1));
    });

    // The hex line holding the byte at offset; past the last byte, the last line.
    private static int? LineOf(List<(long Offset, int Line)> lineStarts, long offset, int heading)
    {
        var line = heading;
        foreach (var start in lineStarts.TakeWhile(s => s.Offset <= offset))
        {
            line = start.Line;
        }

        return line;
    }
}
