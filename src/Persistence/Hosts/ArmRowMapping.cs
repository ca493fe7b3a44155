using Placement.Domain.Arm;
using Placement.Domain.Memory;

namespace Placement.Persistence.Hosts;

/// <summary>An arm64 platform and device MMIO to rows and back, with the checked casts of <see cref="HostRowMapping"/>.</summary>
internal static class ArmRowMapping
{
    public static ArmPlatformRow? ToRow(this ArmPlatform? platform) => platform is null ? null : new ArmPlatformRow
    {
        MemoryBanks = ToRows(platform.MemoryBanks),
        FirmwareReserved = ToRows(platform.FirmwareReserved),
        DirectMapPool = ToRows(platform.DirectMapPool),
        Gic = new GicRow
        {
            Version = (int)platform.Gic.Version,
            Distributor = ToRow(platform.Gic.Distributor),
            CpuInterface = platform.Gic.CpuInterface is { } cpuInterface ? ToRow(cpuInterface) : null,
            Redistributors = ToRows(platform.Gic.Redistributors),
        },
        Console = platform.Console is { } console
            ? new ConsoleRow { Start = ToRow(console.Range).Start, End = ToRow(console.Range).End, Spi = console.Spi }
            : null,
    };

    public static ArmPlatform? ToPlatform(this ArmPlatformRow? row) => row is null ? null : new ArmPlatform(
        ToRanges(row.MemoryBanks),
        ToRanges(row.FirmwareReserved),
        ToRanges(row.DirectMapPool),
        new Gic((GicVersion)row.Gic.Version, ToRange(row.Gic.Distributor), row.Gic.CpuInterface is { } cpuInterface ? ToRange(cpuInterface) : null, ToRanges(row.Gic.Redistributors)),
        row.Console is { } console ? new ConsoleUart(ToRange(new RangeRow(console.Start, console.End)), console.Spi) : null);

    public static List<RangeRow> ToRows(IEnumerable<AddressRange> ranges) => ranges.Select(ToRow).ToList();

    public static List<AddressRange> ToRanges(IEnumerable<RangeRow> rows) => rows.Select(ToRange).ToList();

    private static RangeRow ToRow(AddressRange range) => new(checked((long)range.Start.Value), checked((long)range.End.Value));

    private static AddressRange ToRange(RangeRow row) =>
        new(new PhysicalAddress(checked((ulong)row.Start)), new PhysicalAddress(checked((ulong)row.End)));
}
