using System.Numerics;
using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

/// <summary>
/// The free blocks of one tier (the direct-map pool, or the rest of the host) indexed for best fit:
/// each block sits in the bucket of the largest buddy block it holds, a heap of the shortest first.
/// A block of bucket k is 2^k to 2^(k+2) bytes long, so the smallest block holding order j is the
/// head of the first non-empty bucket k at or above j, or of bucket k + 1.
/// </summary>
internal sealed class BestFitBlocks
{
    // A bucket is two heaps: the blocks it started with, and the pieces left by banks taken since
    // (few), so that a piece never copies a large bucket to grow it.
    private readonly BlockHeap?[] buckets = new BlockHeap?[64];
    private readonly BlockHeap?[] pieces = new BlockHeap?[64];
    private readonly int smallest;
    private ulong nonEmpty;

    /// <summary>The blocks but <paramref name="taken"/> (inside one of them), keeping those that hold order <paramref name="smallest"/>.</summary>
    public BestFitBlocks(IReadOnlyList<AddressRange> blocks, AddressRange taken, int smallest)
    {
        this.smallest = smallest;
        var counts = new int[64];
        var sorted = new AddressRange[]?[64];
        Sort(blocks, taken, counts, sorted);
        for (var order = smallest; order < 64; order++)
        {
            sorted[order] = counts[order] > 0 ? new AddressRange[counts[order]] : [];
        }

        Sort(blocks, taken, new int[64], sorted);
        for (var order = smallest; order < 64; order++)
        {
            buckets[order] = new BlockHeap(sorted[order]!);
            nonEmpty |= counts[order] > 0 ? 1UL << order : 0;
        }
    }

    /// <summary>
    /// Takes a buddy block of <paramref name="order"/> from the smallest block holding one (of
    /// equal ones the lowest), at the lowest address there; the rest of the block stays free.
    /// Null when no block holds one.
    /// </summary>
    public AddressRange? TakeBestFit(int order)
    {
        var holding = nonEmpty & (ulong.MaxValue << order);
        if (holding == 0)
        {
            return null;
        }

        var bucket = BitOperations.TrailingZeroCount(holding);
        var heap = Head(bucket);
        if (bucket < 63 && (nonEmpty & (1UL << (bucket + 1))) != 0 && Head(bucket + 1) is var next && BlockHeap.Before(next.Peek(), heap.Peek()))
        {
            (bucket, heap) = (bucket + 1, next);
        }

        var block = heap.Pop();
        if (buckets[bucket]!.Count + (pieces[bucket]?.Count ?? 0) == 0)
        {
            nonEmpty &= ~(1UL << bucket);
        }

        var bank = AddressRange.FromSize(new PhysicalAddress(BuddyOrder.LowestAligned(block.Start.Value, order)), new ByteSize(1UL << order));
        Add(new AddressRange(block.Start, bank.Start));
        Add(new AddressRange(bank.End, block.End));
        return bank;
    }

    // Counts the pieces of each bucket; once the buckets have their arrays, puts them there.
    private void Sort(IReadOnlyList<AddressRange> blocks, AddressRange taken, int[] placed, AddressRange[]?[] sorted)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Contains(taken))
            {
                Put(new AddressRange(blocks[i].Start, taken.Start));
                Put(new AddressRange(taken.End, blocks[i].End));
            }
            else
            {
                Put(blocks[i]);
            }
        }

        void Put(AddressRange block)
        {
            var order = BuddyOrder.Largest(block.Start.Value, block.End.Value);
            if (order >= smallest)
            {
                if (sorted[order] is { } bucket)
                {
                    bucket[placed[order]] = block;
                }

                placed[order]++;
            }
        }
    }

    private void Add(AddressRange block)
    {
        var order = BuddyOrder.Largest(block.Start.Value, block.End.Value);
        if (order >= smallest)
        {
            (pieces[order] ??= new BlockHeap([])).Push(block);
            nonEmpty |= 1UL << order;
        }
    }

    // The heap of a non-empty bucket whose head is the bucket's best fit.
    private BlockHeap Head(int order)
    {
        var heap = buckets[order]!;
        return pieces[order] is { Count: > 0 } added && (heap.Count == 0 || BlockHeap.Before(added.Peek(), heap.Peek())) ? added : heap;
    }
}
