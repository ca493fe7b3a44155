using System.Buffers.Binary;
using System.Text.RegularExpressions;

namespace Placement.Domain.Imports;

/// <summary>
/// The table bytes an iasl disassembly describes, each with the line it came from. Field lines
/// come first; the <c>Raw Table Data</c> dump after them only fills bytes no field describes
/// (iasl stops decoding after a subtable type it does not know).
/// </summary>
internal sealed partial class IaslImage(byte[] bytes, int[] lines, bool checksumValid)
{
    // A bound on what a text may make us allocate; real DMAR tables hold a few KiB.
    private const int MaxLength = 1 << 20;

    public byte[] Bytes => bytes;

    /// <summary>iasl's own word: it comments a wrong checksum with <c>Incorrect checksum, should be XX</c>.</summary>
    public bool ChecksumValid => checksumValid;

    [GeneratedRegex(@"^\s*\*\*\*\* Unknown DMAR subtable type 0x(?<type>[0-9A-Fa-f]{1,4})\b")]
    private static partial Regex UnknownSubtable();

    public int? LineOf(long offset) => offset < lines.Length && lines[offset] > 0 ? lines[offset] : null;

    public static IaslImage Parse(List<string> text)
    {
        var fields = new List<IaslField>();
        var checksumValid = true;
        var index = 0;
        for (; index < text.Count && !text[index].TrimStart().StartsWith("Raw Table Data", StringComparison.Ordinal); index++)
        {
            if (IaslField.TryParse(text[index], index + 1) is { } field)
            {
                fields.Add(field);
                checksumValid &= !(field.Offset == 9 && field.Comment.Contains("Incorrect checksum", StringComparison.Ordinal));
            }
            else if (UnknownSubtable().Match(text[index]) is { Success: true } unknown && fields.LastOrDefault(f => f.Name == "Subtable Type") is { } type)
            {
                // iasl 20200925 prints such a type as 0005 on the field line; this line has the real one.
                fields.Add(type with { Bytes = IaslField.LittleEndian(Convert.ToUInt64(unknown.Groups["type"].Value, 16), 2) });
            }
        }

        var length = TableLength(fields, text.Count);
        var image = new byte[length];
        var lines = new int[length];
        foreach (var field in fields)
        {
            if (field.Offset + field.Bytes.Length > length)
            {
                throw ImportBuilder.AtLine(field.Line, DmarCodes.IaslField, $"The field at offset 0x{field.Offset:x} runs past the Table Length ({length} bytes).", "a field inside the table");
            }

            field.Bytes.CopyTo(image, field.Offset);
            Array.Fill(lines, field.Line, (int)field.Offset, field.Bytes.Length);
        }

        FillFromDump(text, index + 1, image, lines);
        if (Array.IndexOf(lines, 0) is var gap and >= 0)
        {
            throw ImportBuilder.AtLine(fields.Max(f => f.Line), DmarCodes.IaslIncomplete, $"No field line or Raw Table Data line gives the byte at offset 0x{gap:x}.", "a field line for every byte of the table, or the Raw Table Data dump");
        }

        return new IaslImage(image, lines, checksumValid);
    }

    private static int TableLength(List<IaslField> fields, int lineCount)
    {
        var field = fields.FirstOrDefault(f => f.Offset == 4 && f.Bytes.Length == 4)
            ?? throw ImportBuilder.AtLine(Math.Max(lineCount, 1), DmarCodes.IaslField, "The text holds no Table Length field.", "iasl -d output of a DMAR table, with '[004h 0004   4]  Table Length : ...'");
        var length = BinaryPrimitives.ReadUInt32LittleEndian(field.Bytes);
        return length is >= DmarDecoder.HeaderLength and <= MaxLength
            ? (int)length
            : throw ImportBuilder.AtLine(field.Line, DmarCodes.TableLength, $"The Table Length is {length} bytes.", "a Table Length from 48 bytes to 1 MiB");
    }

    private static void FillFromDump(List<string> text, int from, byte[] image, int[] lines)
    {
        for (var index = from; index < text.Count; index++)
        {
            if (!HexDumpLine.TryParse(text[index], out var offset, out var dump) || dump is null)
            {
                continue;
            }

            for (var i = 0; i < dump.Count && offset + i < image.Length; i++)
            {
                if (lines[offset + i] == 0)
                {
                    image[offset + i] = dump[i];
                    lines[offset + i] = index + 1;
                }
            }
        }
    }
}
