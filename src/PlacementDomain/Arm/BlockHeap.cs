using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

/// <summary>
/// A binary min-heap of free blocks in place in one array: the shortest first, of equally long
/// ones the lowest. It is put in order (in O(n), without copying) only when first read: most
/// buckets of a fragmented host are never read.
/// </summary>
internal sealed class BlockHeap
{
    private AddressRange[] blocks;
    private bool ordered;

    /// <summary>A heap of <paramref name="blocks"/>, whose array it keeps and reorders.</summary>
    public BlockHeap(AddressRange[] blocks)
    {
        this.blocks = blocks;
        Count = blocks.Length;
    }

    public int Count { get; private set; }

    public AddressRange Peek()
    {
        Order();
        return blocks[0];
    }

    public AddressRange Pop()
    {
        Order();
        var first = blocks[0];
        Count--;
        if (Count > 0)
        {
            SiftDown(0, blocks[Count]);
        }

        return first;
    }

    public void Push(AddressRange block)
    {
        if (Count == blocks.Length)
        {
            Array.Resize(ref blocks, Math.Max(4, Count * 2));
        }

        var i = Count++;
        while (ordered && i > 0 && Before(block, blocks[(i - 1) / 2]))
        {
            blocks[i] = blocks[(i - 1) / 2];
            i = (i - 1) / 2;
        }

        blocks[i] = block;
    }

    /// <summary>True when <paramref name="a"/> is the better fit: shorter, or as long and lower.</summary>
    public static bool Before(AddressRange a, AddressRange b) =>
        a.Size < b.Size || (a.Size == b.Size && a.Start < b.Start);

    private void Order()
    {
        if (!ordered)
        {
            for (var i = (Count / 2) - 1; i >= 0; i--)
            {
                SiftDown(i, blocks[i]);
            }

            ordered = true;
        }
    }

    // Puts block at i, or lower down in place of its better-fitting children.
    private void SiftDown(int i, AddressRange block)
    {
        for (var child = (2 * i) + 1; child < Count; i = child, child = (2 * i) + 1)
        {
            child += child + 1 < Count && Before(blocks[child + 1], blocks[child]) ? 1 : 0;
            if (!Before(blocks[child], block))
            {
                break;
            }

            blocks[i] = blocks[child];
        }

        blocks[i] = block;
    }
}
