namespace Placement.Domain.Imports;

/// <summary>
/// An ACPI DMAR table (Intel VT-d): its <see cref="Header"/>, every remapping structure in table
/// order, and the RMRRs among them. <see cref="Decode"/> reads the structure only;
/// <see cref="Read"/> turns the RMRRs into reserved regions as Xen would use them.
/// </summary>
public sealed record DmarTable(DmarHeader Header, IReadOnlyList<DmarSubtable> Subtables, IReadOnlyList<DmarRmrr> Rmrrs)
{
    /// <summary>How many subtables of <paramref name="type"/> the table holds.</summary>
    public int Count(DmarSubtableType type) => Subtables.Count(s => s.Type == type);

    /// <summary>Reads the table's structure (header, subtables, scopes); never throws.</summary>
    public static DmarDecoding Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new DecodedDmar(DmarDecoder.Decode(bytes));
        }
        catch (UnreadableInputException e)
        {
            return new UndecodableDmar(e.Failure);
        }
    }

    /// <summary>
    /// The RMRRs as reserved regions (half-open, one per RMRR, never merged) with their one-hop
    /// endpoint devices; paths through bridges and bridge scopes as unresolved scopes. Never throws.
    /// </summary>
    public static ImportOutcome Read(ReadOnlySpan<byte> bytes)
    {
        // The builder runs a lambda, which cannot capture a span.
        var copy = bytes.ToArray();
        return ImportBuilder.Run(ImportFormat.AcpiDmar, builder => DmarRegions.Read(builder, copy, DmarLocations.None));
    }
}
