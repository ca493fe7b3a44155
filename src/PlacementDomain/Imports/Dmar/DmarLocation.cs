namespace Placement.Domain.Imports;

/// <summary>
/// Where a table byte sits in a text the table was read from: the 1-based line of an iasl field or
/// acpidump hex line holding the byte at an offset, or null (a binary table has no lines).
/// </summary>
internal delegate int? DmarLocation(long offset);

internal static class DmarLocations
{
    public static DmarLocation None { get; } = _ => null;
}
