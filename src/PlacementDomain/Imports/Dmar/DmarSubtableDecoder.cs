using System.Buffers.Binary;

namespace Placement.Domain.Imports;

/// <summary>Walks the remapping structures after the header, each by its own Length.</summary>
internal static class DmarSubtableDecoder
{
    // The fixed part of each known type (Xen checks these with acpi_dmar_check_length) and where
    // its device scopes start; 0: the type carries no scopes.
    private static readonly Dictionary<DmarSubtableType, (int MinLength, int ScopesAt)> Layouts = new()
    {
        [DmarSubtableType.Drhd] = (16, 16),
        [DmarSubtableType.Rmrr] = (24, 24),
        [DmarSubtableType.Atsr] = (8, 8),
        [DmarSubtableType.Rhsa] = (20, 0),
        [DmarSubtableType.Andd] = (8, 0),
        [DmarSubtableType.Satc] = (8, 8),
        [DmarSubtableType.Sidp] = (8, 8),
    };

    public static List<DmarSubtable> Decode(ReadOnlySpan<byte> table)
    {
        var subtables = new List<DmarSubtable>();
        var offset = DmarDecoder.HeaderLength;
        while (offset < table.Length)
        {
            if (table.Length - offset < 4)
            {
                throw ImportBuilder.AtOffset(offset, DmarCodes.SubtableLength, $"{table.Length - offset} bytes are left at the end of the table, too few for a subtable.", "a 4-byte subtable header (Type, Length) or the end of the table");
            }

            var type = (DmarSubtableType)BinaryPrimitives.ReadUInt16LittleEndian(table[offset..]);
            int length = BinaryPrimitives.ReadUInt16LittleEndian(table[(offset + 2)..]);
            var (minLength, scopesAt) = Layouts.GetValueOrDefault(type, (4, 0));
            if (length < minLength)
            {
                throw ImportBuilder.AtOffset(offset + 2, DmarCodes.SubtableLength, $"The subtable of type {(ushort)type} at offset 0x{offset:x} has Length {length}.", $"a Length of at least {minLength} bytes");
            }

            if (length > table.Length - offset)
            {
                throw ImportBuilder.AtOffset(offset + 2, DmarCodes.SubtableLength, $"The subtable of type {(ushort)type} at offset 0x{offset:x} has Length {length}, past the table's end at 0x{table.Length:x}.", $"a Length of at most {table.Length - offset} bytes");
            }

            var scopes = scopesAt == 0 ? [] : DmarScopeDecoder.Decode(table, offset + scopesAt, offset + length);
            subtables.Add(new DmarSubtable(type, offset, length, scopes));
            offset += length;
        }

        return subtables;
    }
}
