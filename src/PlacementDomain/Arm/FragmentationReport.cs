using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

/// <summary>
/// How a host's free memory is broken up: <see cref="Free"/> bytes in <see cref="Blocks"/> free
/// blocks, the largest of them <see cref="LargestBlock"/> (null when there is none).
/// </summary>
public sealed record FragmentationReport(ByteSize Free, AddressRange? LargestBlock, int Blocks)
{
    /// <summary>
    /// The report of <paramref name="freeBlocks"/> (disjoint, as <see cref="FreeMemory.Subtract"/>
    /// returns them). Empty blocks are not counted; of equally large blocks the lowest is the largest.
    /// </summary>
    public static FragmentationReport Of(IReadOnlyList<AddressRange> freeBlocks)
    {
        var free = ByteSize.Zero;
        AddressRange? largest = null;
        var blocks = 0;
        for (var i = 0; i < freeBlocks.Count; i++)
        {
            var block = freeBlocks[i];
            if (block.IsEmpty)
            {
                continue;
            }

            free += block.Size;
            blocks++;
            if (largest is not { } best || block.Size > best.Size || (block.Size == best.Size && block.Start < best.Start))
            {
                largest = block;
            }
        }

        return new FragmentationReport(free, largest, blocks);
    }
}
