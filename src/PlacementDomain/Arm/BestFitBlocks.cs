using System.Numerics;
using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

/// <summary>
/// The free blocks of one tier (the direct-map pool, or the rest of the host) indexed for best fit:
/// each block sits in the bucket of the largest buddy block it holds, a heap ordered by (length,
/// start). A block of bucket k is 2^k to 2^(k+2) bytes long, so the smallest block holding order j
/// is the head of the first non-empty bucket k at or above j, or of bucket k + 1.
/// </summary>
internal sealed class BestFitBlocks
{
    // A bucket is a plain list until first asked for, then a heap: most buckets of a fragmented
    // host (the many small blocks) are never asked for, and a heap built at once costs O(n).
    private readonly List<AddressRange>?[] waiting = new List<AddressRange>?[64];
    private readonly PriorityQueue<AddressRange, Fit>?[] buckets = new PriorityQueue<AddressRange, Fit>?[64];
    private readonly int smallest;
    private ulong nonEmpty;

    /// <summary>The blocks but <paramref name="taken"/> (inside one of them), keeping those that hold order <paramref name="smallest"/>.</summary>
    public BestFitBlocks(IReadOnlyList<AddressRange> blocks, AddressRange taken, int smallest)
    {
        this.smallest = smallest;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Contains(taken))
            {
                Add(new AddressRange(blocks[i].Start, taken.Start));
                Add(new AddressRange(taken.End, blocks[i].End));
            }
            else
            {
                Add(blocks[i]);
            }
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
        if (bucket < 63 && (nonEmpty & (1UL << (bucket + 1))) != 0)
        {
            Bucket(bucket).TryPeek(out _, out var first);
            Bucket(bucket + 1).TryPeek(out _, out var second);
            bucket += second.CompareTo(first) < 0 ? 1 : 0;
        }

        var heap = Bucket(bucket);
        var block = heap.Dequeue();
        if (heap.Count == 0)
        {
            nonEmpty &= ~(1UL << bucket);
        }

        var bank = AddressRange.FromSize(new PhysicalAddress(BuddyOrder.LowestAligned(block.Start.Value, order)), new ByteSize(1UL << order));
        Add(new AddressRange(block.Start, bank.Start));
        Add(new AddressRange(bank.End, block.End));
        return bank;
    }

    private void Add(AddressRange block)
    {
        var order = BuddyOrder.Largest(block.Start.Value, block.End.Value);
        if (order < smallest)
        {
            return;
        }

        if (buckets[order] is { } heap)
        {
            heap.Enqueue(block, Fit.Of(block));
        }
        else
        {
            (waiting[order] ??= []).Add(block);
        }

        nonEmpty |= 1UL << order;
    }

    private PriorityQueue<AddressRange, Fit> Bucket(int order)
    {
        if (buckets[order] is { } heap)
        {
            return heap;
        }

        var blocks = waiting[order] ?? [];
        waiting[order] = null;
        return buckets[order] = new PriorityQueue<AddressRange, Fit>(blocks.Select(b => (b, Fit.Of(b))));
    }

    private readonly record struct Fit(ulong Length, ulong Start) : IComparable<Fit>
    {
        public static Fit Of(AddressRange block) => new(block.Size.Bytes, block.Start.Value);

        public int CompareTo(Fit other) => Length != other.Length ? Length.CompareTo(other.Length) : Start.CompareTo(other.Start);
    }
}
