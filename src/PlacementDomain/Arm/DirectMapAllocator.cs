using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

/// <summary>
/// The automatic 1:1 allocation of a direct-mapped Arm domain (§8, <c>allocation: auto</c>), a
/// model of Xen's <c>allocate_memory_11</c> on its buddy heap: every bank is a power-of-two block
/// aligned to its size inside one free block; touching banks merge; at most <see cref="MaxBanks"/>.
/// </summary>
public static class DirectMapAllocator
{
    /// <summary>The most banks a domain may have (Xen's NR_MEM_BANKS), counted after merging.</summary>
    public const int MaxBanks = 256;

    private const int MebibyteOrder = 20;
    private const int LaterBankOrder = 22;
    private const ulong FirstBankBound = 128 * ByteSize.MiB;

    /// <summary>
    /// Chooses the banks of a domain of <paramref name="memory"/> bytes (a positive multiple of
    /// 1 MiB) from the free blocks of the host's direct-map pool, <paramref name="poolFree"/>, and
    /// those outside it, <paramref name="otherFree"/>: each sorted, disjoint and disjoint from the
    /// other, as <see cref="FreeMemory.Subtract"/> returns them.
    /// <para>
    /// Bank 0 is the largest power of two not above the memory, halved while nothing holds it down
    /// to B0, the largest power of two not above min(memory, 128 MiB); for each size the lowest
    /// placement that ends at or below 4 GiB, in the pool first, and only when none exists at any size
    /// the lowest placement anywhere. Xen rounds that bound up (<c>get_order_from_bytes</c>), so a
    /// domain of 100 MiB would need a first bank of 128 MiB that its memory cannot fill, and could
    /// never be placed; the bound here is rounded down instead.
    /// </para>
    /// <para>
    /// Each later bank is the largest power of two not above the memory left, halved on failure but
    /// never below 4 MiB (a first try below 4 MiB, for a smaller remainder, is allowed): from the
    /// pool if any of its blocks holds it, else from the other blocks; there, the smallest block
    /// that holds it (of equal ones the lowest), at the lowest aligned address inside it. When
    /// <see cref="MaxBanks"/> banks are held and memory is left, the allocation fails.
    /// </para>
    /// </summary>
    /// <returns>The banks sorted by address, or a failure whose range is the host's largest free block.</returns>
    public static BankAllocation Allocate(ByteSize memory, IReadOnlyList<AddressRange> poolFree, IReadOnlyList<AddressRange> otherFree)
    {
        if (memory == ByteSize.Zero || memory.Bytes % ByteSize.MiB != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(memory), memory, "The memory of a domain is a positive multiple of 1 MiB.");
        }

        RequireSortedAndDisjoint(poolFree, nameof(poolFree));
        RequireSortedAndDisjoint(otherFree, nameof(otherFree));
        var firstBound = BuddyOrder.Floor(Math.Min(memory.Bytes, FirstBankBound));
        if (FirstBank.Place(poolFree, otherFree, BuddyOrder.Floor(memory.Bytes), firstBound) is not { } first)
        {
            return BankAllocation.Failed(AllocationFailure.FirstBank(new ByteSize(1UL << firstBound), memory, poolFree, otherFree));
        }

        var banks = new BankSet();
        banks.Add(first);
        var remaining = memory - first.Size;
        if (remaining == ByteSize.Zero)
        {
            return BankAllocation.Of(banks.Banks);
        }

        var pool = new BestFitBlocks(poolFree, first, MebibyteOrder);
        var other = new BestFitBlocks(otherFree, first, MebibyteOrder);
        while (remaining > ByteSize.Zero)
        {
            if (banks.Count == MaxBanks || NextBank(pool, other, BuddyOrder.Floor(remaining.Bytes)) is not { } bank)
            {
                return BankAllocation.Failed(AllocationFailure.LaterBanks(memory - remaining, memory, poolFree, otherFree));
            }

            banks.Add(bank);
            remaining -= bank.Size;
        }

        return BankAllocation.Of(banks.Banks);
    }

    private static AddressRange? NextBank(BestFitBlocks pool, BestFitBlocks other, int order)
    {
        for (; ; order--)
        {
            if ((pool.TakeBestFit(order) ?? other.TakeBestFit(order)) is { } bank)
            {
                return bank;
            }

            if (order <= LaterBankOrder)
            {
                return null;
            }
        }
    }

    private static void RequireSortedAndDisjoint(IReadOnlyList<AddressRange> blocks, string name)
    {
        for (var i = 1; i < blocks.Count; i++)
        {
            if (blocks[i].Start < blocks[i - 1].End)
            {
                throw new ArgumentException($"Free blocks must be sorted and disjoint: {blocks[i - 1]} then {blocks[i]}.", name);
            }
        }
    }
}
