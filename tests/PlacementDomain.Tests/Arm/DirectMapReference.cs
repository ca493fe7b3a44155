using Placement.Domain.Memory;

namespace Placement.Domain.Tests.Arm;

/// <summary>
/// A plain reading of the §8 rules for comparison: every step scans every free block. Null when
/// the memory cannot be placed.
/// </summary>
internal static class DirectMapReference
{
    private const ulong MiB = ByteSize.MiB;

    public static List<AddressRange>? Allocate(ulong memory, IEnumerable<AddressRange> pool, IEnumerable<AddressRange> other)
    {
        List<AddressRange>[] tiers = [[.. pool], [.. other]];
        var banks = new List<AddressRange>();
        ulong size;
        foreach (var limit in new[] { 1UL << 32, ulong.MaxValue })
        {
            for (size = FloorPowerOfTwo(memory); banks.Count == 0 && size >= FloorPowerOfTwo(Math.Min(memory, 128 * MiB)); size /= 2)
            {
                if (tiers.Select(t => Lowest(t, size, limit)).FirstOrDefault(r => r is not null) is { } first)
                {
                    banks.Add(first);
                }
            }

            if (banks.Count > 0)
            {
                break;
            }
        }

        if (banks.Count == 0)
        {
            return null;
        }

        Take(tiers, banks[0]);
        var remaining = memory - banks[0].Size.Bytes;
        while (remaining > 0)
        {
            if (Merged(banks).Count == 256)
            {
                return null;
            }

            AddressRange? bank = null;
            for (size = FloorPowerOfTwo(remaining); bank is null; size /= 2)
            {
                bank = tiers.Select(t => BestFit(t, size)).FirstOrDefault(r => r is not null);
                if (bank is null && size <= 4 * MiB)
                {
                    return null;
                }
            }

            Take(tiers, bank.Value);
            banks.Add(bank.Value);
            remaining -= bank.Value.Size.Bytes;
        }

        return Merged(banks);
    }

    private static AddressRange? Lowest(List<AddressRange> blocks, ulong size, ulong limit) =>
        blocks.OrderBy(b => b.Start).Select(b => Aligned(b, size, limit)).FirstOrDefault(r => r is not null);

    private static AddressRange? BestFit(List<AddressRange> blocks, ulong size) =>
        blocks.Where(b => Aligned(b, size, ulong.MaxValue) is not null).OrderBy(b => b.Size).ThenBy(b => b.Start)
            .Select(b => Aligned(b, size, ulong.MaxValue)).FirstOrDefault();

    private static AddressRange? Aligned(AddressRange block, ulong size, ulong limit)
    {
        var start = (block.Start.Value + size - 1) / size * size;
        return start + size <= Math.Min(block.End.Value, limit) ? AddressRange.FromSize(new PhysicalAddress(start), new ByteSize(size)) : null;
    }

    private static void Take(List<AddressRange>[] tiers, AddressRange bank)
    {
        var tier = tiers.Single(t => t.Any(b => b.Contains(bank)));
        var block = tier.Single(b => b.Contains(bank));
        tier.Remove(block);
        tier.AddRange(new[] { new AddressRange(block.Start, bank.Start), new AddressRange(bank.End, block.End) }.Where(r => !r.IsEmpty));
    }

    private static List<AddressRange> Merged(List<AddressRange> banks)
    {
        var merged = new List<AddressRange>();
        foreach (var bank in banks.OrderBy(b => b.Start))
        {
            if (merged.Count > 0 && merged[^1].End == bank.Start)
            {
                merged[^1] = new AddressRange(merged[^1].Start, bank.End);
            }
            else
            {
                merged.Add(bank);
            }
        }

        return merged;
    }

    private static ulong FloorPowerOfTwo(ulong value) => 1UL << (63 - System.Numerics.BitOperations.LeadingZeroCount(value));
}
