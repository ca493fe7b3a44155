using FsCheck;
using FsCheck.Fluent;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Memory.AddressRangeTests;

namespace Placement.Domain.Tests.Memory;

public class AddressRangeFindOverlapsTests
{
    // Ends drawn from a small set so that empty, duplicate, adjacent and nested ranges are common.
    private static readonly Gen<AddressRange> RangeGen =
        from a in Gen.Choose(0, 24)
        from b in Gen.Choose(0, 24)
        select R((ulong)Math.Min(a, b), (ulong)Math.Max(a, b));

    private static readonly Gen<AddressRange[]> RangesGen =
        from count in Gen.Choose(0, 12)
        from ranges in Gen.ArrayOf(RangeGen, count)
        select ranges;

    [Fact]
    public void FindOverlaps_RandomRanges_MatchesBruteForce() =>
        Check.QuickThrowOnFailure(Prop.ForAll(RangesGen.ToArbitrary(), ranges =>
        {
            var found = AddressRange.FindOverlaps(ranges);
            return found.All(p => p.First < p.Second)
                && found.Distinct().Count() == found.Count
                && found.ToHashSet().SetEquals(BruteForce(ranges));
        }));

    [Fact]
    public void FindOverlaps_PermutedInput_SamePairsAfterMappingBack()
    {
        var gen = from ranges in RangesGen
                  from order in Gen.Shuffle(Enumerable.Range(0, ranges.Length))
                  select (ranges, order);
        Check.QuickThrowOnFailure(Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (ranges, order) = input;
            var permuted = order.Select(i => ranges[i]).ToList();
            var mappedBack = AddressRange.FindOverlaps(permuted)
                .Select(p => (Math.Min(order[p.First], order[p.Second]), Math.Max(order[p.First], order[p.Second])));
            return mappedBack.ToHashSet().SetEquals(AddressRange.FindOverlaps(ranges));
        }));
    }

    [Fact]
    public void FindOverlaps_KnownList_ReturnsLowerIndexFirst()
    {
        AddressRange[] ranges = [R(20, 30), R(0, 10), R(5, 25), R(10, 20), R(7, 7), R(20, 30)];
        var pairs = AddressRange.FindOverlaps(ranges).ToHashSet();
        pairs.SetEquals([(0, 2), (0, 5), (1, 2), (2, 3), (2, 5)]).ShouldBeTrue(string.Join(" ", pairs));
    }

    [Fact]
    public void Overlaps_RandomPairs_IsSymmetricAndMatchesSharedAddress() =>
        Check.QuickThrowOnFailure(Prop.ForAll(RangeGen.Two().ToArbitrary(), pair =>
        {
            var (a, b) = pair;
            return a.Overlaps(b) == b.Overlaps(a) && a.Overlaps(b) == ShareAnAddress(a, b);
        }));

    // Definition, independent of the implementation: some address lies in both ranges.
    private static bool ShareAnAddress(AddressRange a, AddressRange b) =>
        PhysicalAddress.Max(a.Start, b.Start) < PhysicalAddress.Min(a.End, b.End);

    private static HashSet<(int, int)> BruteForce(AddressRange[] ranges)
    {
        var pairs = new HashSet<(int, int)>();
        for (var i = 0; i < ranges.Length; i++)
        {
            for (var j = i + 1; j < ranges.Length; j++)
            {
                if (ShareAnAddress(ranges[i], ranges[j]))
                {
                    pairs.Add((i, j));
                }
            }
        }

        return pairs;
    }
}
