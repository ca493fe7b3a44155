namespace Placement.Domain.Imports;

/// <summary>
/// A reserved memory region (type 1) as stored: <see cref="BaseAddress"/> and the inclusive
/// <see cref="Limit"/> in bytes, unchecked (the reader decides what a degenerate one means), the
/// PCI <see cref="Segment"/> of its scopes, and the subtable's byte <see cref="Offset"/>.
/// </summary>
public sealed record DmarRmrr(int Offset, ushort Segment, ulong BaseAddress, ulong Limit, IReadOnlyList<DmarDeviceScope> Scopes);
