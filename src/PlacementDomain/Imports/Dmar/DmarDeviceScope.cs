using System.Globalization;

namespace Placement.Domain.Imports;

/// <summary>
/// A device scope entry: its <see cref="Type"/>, byte <see cref="Offset"/> in the table and
/// <see cref="Length"/> in bytes, the enumeration ID, the <see cref="StartBus"/> and the
/// <see cref="Path"/> walked from that bus (one hop names a function; more go through bridges).
/// </summary>
public sealed record DmarDeviceScope(DmarScopeType Type, int Offset, int Length, byte EnumerationId, byte StartBus, IReadOnlyList<DmarPathHop> Path)
{
    /// <summary>The path as <c>SSSS:BB:DD.F/DD.F/...</c>, in lower-case hex, starting at <see cref="StartBus"/>.</summary>
    public string Describe(ushort segment) =>
        string.Create(CultureInfo.InvariantCulture, $"{segment:x4}:{StartBus:x2}:")
        + string.Join('/', Path.Select(hop => string.Create(CultureInfo.InvariantCulture, $"{hop.Device:x2}.{hop.Function:x}")));
}
