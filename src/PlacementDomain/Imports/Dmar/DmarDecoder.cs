using System.Buffers.Binary;
using System.Text;

namespace Placement.Domain.Imports;

/// <summary>
/// Reads a DMAR table's structure, checking what Xen (<c>acpi_parse_dmar</c>,
/// <c>acpi_dmar_check_length</c>) and Linux (<c>dmar_walk_remapping_entries</c>) check, and throws
/// <see cref="UnreadableInputException"/> with the byte offset where the structure breaks.
/// </summary>
internal static class DmarDecoder
{
    public const int HeaderLength = 48;

    public static DmarTable Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderLength)
        {
            throw ImportBuilder.AtOffset(bytes.Length, DmarCodes.Truncated, $"The input ends after {bytes.Length} bytes, inside the table header.", "a 48-byte ACPI table header");
        }

        if (!bytes[..4].SequenceEqual("DMAR"u8))
        {
            throw ImportBuilder.AtOffset(0, DmarCodes.Signature, $"The table's signature is '{Printable(bytes[..4])}', not DMAR.", "the signature DMAR");
        }

        var length = BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]);
        if (length < HeaderLength)
        {
            throw ImportBuilder.AtOffset(4, DmarCodes.TableLength, $"The table Length is {length} bytes, shorter than the header.", "a table Length of at least 48 bytes");
        }

        if (length > bytes.Length)
        {
            throw ImportBuilder.AtOffset(4, DmarCodes.Truncated, $"The table Length is {length} bytes but the input holds {bytes.Length}.", $"{length} bytes of table");
        }

        var table = bytes[..(int)length];
        var sum = 0;
        foreach (var b in table)
        {
            sum += b;
        }

        var header = new DmarHeader(
            (int)length, bytes.Length, table[8], table[9], sum % 256 == 0,
            Printable(table[10..16]), Printable(table[16..24]), table[36] + 1, table[37]);
        var subtables = DmarSubtableDecoder.Decode(table);
        var rmrrs = new List<DmarRmrr>();
        foreach (var subtable in subtables)
        {
            if (subtable.Type == DmarSubtableType.Rmrr)
            {
                rmrrs.Add(Rmrr(table, subtable));
            }
        }

        return new DmarTable(header, subtables, rmrrs);
    }

    private static DmarRmrr Rmrr(ReadOnlySpan<byte> table, DmarSubtable subtable)
    {
        var fields = table[subtable.Offset..];
        return new DmarRmrr(
            subtable.Offset,
            BinaryPrimitives.ReadUInt16LittleEndian(fields[6..]),
            BinaryPrimitives.ReadUInt64LittleEndian(fields[8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(fields[16..]),
            subtable.Scopes);
    }

    private static string Printable(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            text.Append(b is >= 0x20 and < 0x7f ? (char)b : '.');
        }

        return text.ToString();
    }
}
