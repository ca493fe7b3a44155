namespace Placement.Persistence.Hosts;

/// <summary>
/// An arm64 host's platform as stored: the jsonb column <c>hosts.arm</c>, and the same object in the
/// host document. Addresses are JSON numbers below 2^52, as the bigint columns hold them
/// (docs/decisions/0002); ranges are [start, end).
/// </summary>
public sealed class ArmPlatformRow
{
    public List<RangeRow> MemoryBanks { get; set; } = [];

    public List<RangeRow> FirmwareReserved { get; set; } = [];

    public List<RangeRow> DirectMapPool { get; set; } = [];

    public required GicRow Gic { get; set; }

    public ConsoleRow? Console { get; set; }
}

/// <summary>The GIC's frames as ranges: the distributor, GICv2's CPU interface, GICv3's redistributor regions.</summary>
public sealed class GicRow
{
    public int Version { get; set; }

    public required RangeRow Distributor { get; set; }

    public RangeRow? CpuInterface { get; set; }

    public List<RangeRow> Redistributors { get; set; } = [];
}

/// <summary>The console UART's frame [start, end) and its SPI.</summary>
public sealed class ConsoleRow
{
    public long Start { get; set; }

    /// <summary>Exclusive.</summary>
    public long End { get; set; }

    public int Spi { get; set; }
}

/// <summary>An address range [start, end) in a JSON column.</summary>
public sealed record RangeRow(long Start, long End);
