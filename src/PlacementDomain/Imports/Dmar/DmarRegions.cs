using Placement.Domain.Memory;

namespace Placement.Domain.Imports;

/// <summary>
/// Turns a decoded table into the builder's regions, unresolved scopes and warnings, following
/// what Xen does with each RMRR (docs/formats/dmar.md). Warnings and failures carry the byte
/// offset and, for a table read from text, the line holding that byte.
/// </summary>
internal sealed class DmarRegions(ImportBuilder builder, DmarLocation lineOf)
{
    /// <param name="checksumValid">The text's own word on the checksum (iasl prints it); null: computed from the bytes.</param>
    public static void Read(ImportBuilder builder, byte[] bytes, DmarLocation lineOf, bool? checksumValid = null)
    {
        try
        {
            var table = DmarDecoder.Decode(bytes);
            new DmarRegions(builder, lineOf).Add(table, checksumValid ?? table.Header.ChecksumValid);
        }
        catch (UnreadableInputException e) when (e.Failure is { Offset: long offset, Line: null } && lineOf(offset) is int line)
        {
            throw new UnreadableInputException(e.Failure with { Line = line });
        }
    }

    private void Add(DmarTable table, bool checksumValid)
    {
        var header = table.Header;
        if (header.HostAddressWidth == 1)
        {
            throw ImportBuilder.AtOffset(36, DmarCodes.HostAddressWidth, "The Host Address Width byte is 0; Xen refuses such a table ('Zero: Invalid DMAR width') and disables VT-d.", "a Host Address Width byte above 0 (the width minus one)");
        }

        if (!checksumValid)
        {
            Warn(DmarCodes.Checksum, "The table's checksum is wrong (its bytes do not sum to 0 modulo 256); the table was read as it stands.", 9);
        }

        if (header.BufferLength > header.Length)
        {
            Warn(DmarCodes.TrailingBytes, $"The input holds {header.BufferLength - header.Length} bytes after the table's Length ({header.Length}); they were ignored.", header.Length);
        }

        var rmrrs = table.Rmrrs.ToDictionary(r => r.Offset);
        var seen = new List<DmarRmrr>();
        foreach (var subtable in table.Subtables)
        {
            if (subtable.Type > DmarSubtableType.Sidp)
            {
                Warn(DmarCodes.UnknownSubtable, $"Skipped the subtable of unknown type {(ushort)subtable.Type} at offset 0x{subtable.Offset:x} ({subtable.Length} bytes).", subtable.Offset);
            }
            else if (rmrrs.TryGetValue(subtable.Offset, out var rmrr))
            {
                AddRmrr(rmrr, seen);
                seen.Add(rmrr);
            }
        }
    }

    private void AddRmrr(DmarRmrr rmrr, List<DmarRmrr> earlier)
    {
        var at = rmrr.Offset;
        var declared = $"[{HexNotation.Format(rmrr.BaseAddress)}, {HexNotation.Format(rmrr.Limit)}]";
        if (rmrr.Limit < rmrr.BaseAddress)
        {
            throw ImportBuilder.AtOffset(at + 16, DmarCodes.RmrrLimitBelowBase, $"The RMRR at offset 0x{at:x} is {declared}: it ends before it starts. Xen refuses such a table ('RMRR ... is incorrect!') and disables VT-d.", "a limit at or above the base address");
        }

        // Xen maps and reports an RMRR as the page frames PFN_DOWN(base) up to PFN_UP(limit).
        var firstPage = rmrr.BaseAddress >> 12;
        var endPage = (rmrr.Limit >> 12) + ((rmrr.Limit & 0xfff) == 0 ? 0UL : 1UL);
        if (endPage > ulong.MaxValue >> 12)
        {
            throw ImportBuilder.AtOffset(at + 16, DmarCodes.RmrrLimitOverflow, $"The RMRR at offset 0x{at:x} is {declared}: its last page ends at 2^64, which no address holds.", "a limit below 0xfffffffffffff000");
        }

        if (earlier.FirstOrDefault(e => rmrr.BaseAddress <= e.Limit && e.BaseAddress <= rmrr.Limit) is { } other)
        {
            throw ImportBuilder.AtOffset(at + 8, DmarCodes.RmrrOverlap, $"The RMRR at offset 0x{at:x} {declared} overlaps the RMRR at offset 0x{other.Offset:x}. Xen refuses such a table ('Overlapping RMRRs') and disables VT-d.", "RMRRs that do not overlap");
        }

        var range = new AddressRange(new PhysicalAddress(firstPage << 12), new PhysicalAddress(endPage << 12));
        if (range.IsEmpty)
        {
            Warn(DmarCodes.RmrrEmpty, $"The RMRR at offset 0x{at:x} is {declared}: Xen maps the pages PFN_DOWN(base) to PFN_UP(limit), none here, so it reserves nothing. Left out with its {rmrr.Scopes.Count} device scopes.", at);
            return;
        }

        if ((rmrr.BaseAddress & 0xfff) != 0 || (rmrr.Limit & 0xfff) != 0xfff)
        {
            Warn(DmarCodes.RmrrUnaligned, $"The RMRR at offset 0x{at:x} is {declared}, not whole 4 KiB pages; read as {range}, the pages Xen maps (PFN_DOWN(base) to PFN_UP(limit)).", at);
        }

        builder.Regions.Add(new ImportedRegion(range, new DmarRmrrScopes(builder, Warn).Resolve(rmrr, range)));
    }

    private void Warn(string code, string message, long offset) => builder.Warn(code, message, lineOf(offset), offset);
}
