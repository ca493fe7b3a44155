using System.Numerics;

namespace Placement.Domain.Arm;

/// <summary>
/// Orders of buddy blocks: a block of order k is 2^k bytes at an address that is a multiple of 2^k.
/// </summary>
internal static class BuddyOrder
{
    /// <summary>The order of the largest power of two not above <paramref name="bytes"/> (positive).</summary>
    public static int Floor(ulong bytes) => 63 - BitOperations.LeadingZeroCount(bytes);

    /// <summary>
    /// The order of the largest buddy block inside <c>[start, end)</c>, or -1 when it is empty. It is
    /// the order of the length or one less: half of the length's power of two always fits.
    /// </summary>
    public static int Largest(ulong start, ulong end)
    {
        if (end <= start)
        {
            return -1;
        }

        var length = end - start;
        var order = Floor(length);
        return Offset(start, order) <= length - (1UL << order) ? order : order - 1;
    }

    /// <summary>The lowest address of order <paramref name="order"/> at or above <paramref name="start"/>.</summary>
    public static ulong LowestAligned(ulong start, int order) => start + Offset(start, order);

    // From start to the next multiple of 2^order, without overflowing near 2^64.
    private static ulong Offset(ulong start, int order)
    {
        var mask = (1UL << order) - 1;
        return ((mask + 1) - (start & mask)) & mask;
    }
}
