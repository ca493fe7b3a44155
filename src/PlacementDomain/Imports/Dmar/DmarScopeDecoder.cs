namespace Placement.Domain.Imports;

/// <summary>Reads the device scope entries that fill a subtable from its fixed part to its end.</summary>
internal static class DmarScopeDecoder
{
    // Xen's MIN_SCOPE_LEN: the 6-byte entry header and one (device, function) pair.
    private const int MinLength = 8;

    public static List<DmarDeviceScope> Decode(ReadOnlySpan<byte> table, int start, int end)
    {
        var scopes = new List<DmarDeviceScope>();
        for (var offset = start; offset < end;)
        {
            if (end - offset < MinLength)
            {
                throw ImportBuilder.AtOffset(offset, DmarCodes.ScopeLength, $"{end - offset} bytes are left before the subtable's end at 0x{end:x}, too few for a device scope.", "a device scope of at least 8 bytes");
            }

            int length = table[offset + 1];
            if (length < MinLength || length % 2 != 0)
            {
                throw ImportBuilder.AtOffset(offset + 1, DmarCodes.ScopeLength, $"The device scope at offset 0x{offset:x} has Entry Length {length}.", "an Entry Length of 6 + 2 per path hop, at least 8");
            }

            if (length > end - offset)
            {
                throw ImportBuilder.AtOffset(offset + 1, DmarCodes.ScopeLength, $"The device scope at offset 0x{offset:x} has Entry Length {length}, past its subtable's end at 0x{end:x}.", $"an Entry Length of at most {end - offset}");
            }

            var path = new List<DmarPathHop>((length - 6) / 2);
            for (var hop = offset + 6; hop < offset + length; hop += 2)
            {
                path.Add(new DmarPathHop(table[hop], table[hop + 1]));
            }

            // Byte 2 is Reserved, or Flags in VT-d 4.1: nothing a reader of RMRRs needs.
            scopes.Add(new DmarDeviceScope((DmarScopeType)table[offset], offset, length, table[offset + 4], table[offset + 5], path));
            offset += length;
        }

        return scopes;
    }
}
