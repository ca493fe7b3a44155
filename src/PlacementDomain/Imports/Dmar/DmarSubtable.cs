namespace Placement.Domain.Imports;

/// <summary>
/// One remapping structure as the table lays it out: <see cref="Type"/> (any value, including
/// reserved ones), byte <see cref="Offset"/> in the table, <see cref="Length"/> in bytes (header
/// included) and, for the types that carry them (DRHD, RMRR, ATSR, SATC, SIDP), the device scopes.
/// </summary>
public sealed record DmarSubtable(DmarSubtableType Type, int Offset, int Length, IReadOnlyList<DmarDeviceScope> Scopes);
