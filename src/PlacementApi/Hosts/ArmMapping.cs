using Placement.Domain.Arm;
using Placement.Domain.Memory;

namespace Placement.Api.Hosts;

/// <summary>
/// The arm section and device MMIO of a body to the domain's types and back. GIC frames and the
/// console come as bases; the domain holds them as ranges of their frame's size.
/// </summary>
internal static class ArmMapping
{
    /// <summary>
    /// False while any part of the section is missing or unreadable; true with a null platform when
    /// there is no section.
    /// </summary>
    public static bool TryToPlatform(this ArmPlatformBody? body, out ArmPlatform? platform)
    {
        platform = null;
        if (body is null)
        {
            return true;
        }

        var banks = body.MemoryBanks is null ? null : ToRanges(body.MemoryBanks);
        var firmware = ToRanges(body.FirmwareReserved);
        var pool = ToRanges(body.DirectMapPool);
        var gic = ToGic(body.Gic);
        if (banks is null || firmware is null || pool is null || gic is null || !TryToConsole(body.Console, out var console))
        {
            return false;
        }

        platform = new ArmPlatform(banks, firmware, pool, gic, console);
        return true;
    }

    /// <summary>The ranges of a list (none when it is absent), or null while one does not read.</summary>
    public static List<AddressRange>? ToRanges(List<AddressRangeBody>? bodies)
    {
        var ranges = (bodies ?? []).Select(ToRange).ToList();
        return ranges.Contains(null) ? null : ranges.Select(r => r!.Value).ToList();
    }

    /// <summary>The frame of <paramref name="size"/> bytes at <paramref name="start"/>, or null when it would end past 2^64 - 1.</summary>
    public static AddressRange? Frame(ulong start, ByteSize size) =>
        start <= ulong.MaxValue - size.Bytes ? AddressRange.FromSize(new PhysicalAddress(start), size) : null;

    public static ArmPlatformResponse? ToResponse(this ArmPlatform? platform) => platform is null ? null : new(
        ToResponses(platform.MemoryBanks),
        ToResponses(platform.FirmwareReserved),
        ToResponses(platform.DirectMapPool),
        new GicResponse(
            (int)platform.Gic.Version,
            platform.Gic.Distributor.Start.ToString(),
            platform.Gic.CpuInterface?.Start.ToString(),
            ToResponses(platform.Gic.Redistributors)),
        platform.Console is { } console ? new ConsoleResponse(console.Range.Start.ToString(), console.Range.Size.ToString(), console.Spi) : null);

    /// <summary>Ranges by start, so that an inventory reads the same whatever order it was written in.</summary>
    public static List<AddressRangeResponse> ToResponses(IEnumerable<AddressRange> ranges) =>
        ranges.OrderBy(r => r.Start).ThenBy(r => r.End).Select(r => new AddressRangeResponse(r.Start.ToString(), r.End.ToString())).ToList();

    private static AddressRange? ToRange(AddressRangeBody? body) =>
        body is { Start.Value: { } start, End.Value: { } end } && start <= end
            ? new AddressRange(new PhysicalAddress(start), new PhysicalAddress(end))
            : null;

    private static Gic? ToGic(GicBody? body)
    {
        if (body is not { Version: { } number, DistributorBase.Value: { } distributorBase })
        {
            return null;
        }

        var version = (GicVersion)number;
        AddressRange? cpuInterface = null;
        if (body.CpuInterfaceBase is { } cpuInterfaceBase)
        {
            if (cpuInterfaceBase.Value is not { } at || Frame(at, Gic.CpuInterfaceSize) is not { } frame)
            {
                return null;
            }

            cpuInterface = frame;
        }

        return Frame(distributorBase, Gic.DistributorSize(version)) is { } distributor && ToRanges(body.Redistributors) is { } redistributors
            ? new Gic(version, distributor, cpuInterface, redistributors)
            : null;
    }

    private static bool TryToConsole(ConsoleBody? body, out ConsoleUart? console)
    {
        console = body is { Base.Value: { } start, Size.Value: { } size, Spi: { } spi } && Frame(start, new ByteSize(size)) is { } range
            ? new ConsoleUart(range, spi)
            : null;
        return body is null || console is not null;
    }
}
