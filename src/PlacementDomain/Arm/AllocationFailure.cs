using System.Globalization;
using Placement.Domain.Layout;
using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

/// <summary>
/// The finding of a 1:1 allocation that failed: what could not be placed and the largest free
/// block of the host (pool and the rest, before the allocation), which is also its range.
/// </summary>
internal static class AllocationFailure
{
    public static Finding FirstBank(ByteSize smallest, ByteSize memory, IReadOnlyList<AddressRange> pool, IReadOnlyList<AddressRange> other) =>
        Build(memory, pool, other, $"No free block holds a first bank of at least {Describe(smallest)}");

    public static Finding LaterBanks(ByteSize placed, ByteSize memory, IReadOnlyList<AddressRange> pool, IReadOnlyList<AddressRange> other) =>
        Build(memory, pool, other, string.Create(CultureInfo.InvariantCulture,
            $"Cannot place {Describe(memory)} in at most {DirectMapAllocator.MaxBanks} banks of at least 4 MiB: {Describe(placed)} could be placed"));

    private static Finding Build(ByteSize memory, IReadOnlyList<AddressRange> pool, IReadOnlyList<AddressRange> other, string failed)
    {
        var inPool = FragmentationReport.Of(pool);
        var inOther = FragmentationReport.Of(other);
        var free = inPool.Free + inOther.Free;
        var largest = Larger(inPool.LargestBlock, inOther.LargestBlock);
        var shortfall = free < memory ? $", and only {Describe(free)} of the {Describe(memory)} asked for is free" : "";
        var block = largest is { } b ? $"the largest free block is {b} ({Describe(b.Size)})" : "there is no free block";
        return Finding.Error(FindingCodes.InsufficientContiguousMemory, $"{failed}{shortfall}; {block}.", largest);
    }

    // Of two blocks the larger, of equal ones the lower.
    private static AddressRange? Larger(AddressRange? a, AddressRange? b) =>
        a is not { } x ? b
        : b is not { } y ? a
        : y.Size > x.Size || (y.Size == x.Size && y.Start < x.Start) ? y : x;

    // In MiB when whole, else KiB when whole, else bytes: sizes in messages never round.
    private static string Describe(ByteSize size) => size.Bytes switch
    {
        var bytes when bytes % ByteSize.MiB == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes / ByteSize.MiB} MiB"),
        var bytes when bytes % ByteSize.KiB == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes / ByteSize.KiB} KiB"),
        var bytes => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
