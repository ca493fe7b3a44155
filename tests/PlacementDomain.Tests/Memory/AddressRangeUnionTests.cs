using FsCheck;
using FsCheck.Fluent;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Memory.AddressRangeTests;

namespace Placement.Domain.Tests.Memory;

/// <summary>The union strategies explicit and pool reserve: overlapping ranges merge, adjacent ones stay apart.</summary>
public sealed class AddressRangeUnionTests
{
    // Ends drawn from a small set so that empty, duplicate, adjacent, nested and overlapping ranges are common.
    private static readonly Gen<AddressRange[]> RangesGen =
        from count in Gen.Choose(0, 10)
        from ranges in Gen.ArrayOf(
            from a in Gen.Choose(0, 20)
            from b in Gen.Choose(0, 20)
            select R((ulong)Math.Min(a, b), (ulong)Math.Max(a, b)), count)
        select ranges;

    [Fact]
    public void Union_Duplicates_OneRange() =>
        AddressRange.Union([R(0x1000, 0x2000), R(0x1000, 0x2000), R(0x1000, 0x2000)]).ShouldBe([R(0x1000, 0x2000)]);

    [Fact]
    public void Union_OverlappingAndNested_OneRangeSpanningThem() =>
        AddressRange.Union([R(0x3000, 0x6000), R(0x1000, 0x4000), R(0x2000, 0x3000)]).ShouldBe([R(0x1000, 0x6000)]);

    [Fact]
    public void Union_Adjacent_StayApart() =>
        AddressRange.Union([R(0x2000, 0x3000), R(0x1000, 0x2000)]).ShouldBe([R(0x1000, 0x2000), R(0x2000, 0x3000)]);

    [Fact]
    public void Union_DisjointOutOfOrder_SortedByStart() =>
        AddressRange.Union([R(0x9000, 0xa000), R(0x1000, 0x2000), R(0x5000, 0x6000)])
            .ShouldBe([R(0x1000, 0x2000), R(0x5000, 0x6000), R(0x9000, 0xa000)]);

    [Fact]
    public void Union_EmptyRanges_LeftOut() =>
        AddressRange.Union([R(0x1000, 0x1000), R(0x2000, 0x3000), R(0x2800, 0x2800)]).ShouldBe([R(0x2000, 0x3000)]);

    [Fact]
    public void Union_RandomRanges_SortedDisjointAndSameAddresses() =>
        Check.QuickThrowOnFailure(Prop.ForAll(RangesGen.ToArbitrary(), ranges =>
        {
            var union = AddressRange.Union(ranges);
            var sortedAndDisjoint = union.Zip(union.Skip(1)).All(p => p.First.End <= p.Second.Start);
            return sortedAndDisjoint && union.All(r => !r.IsEmpty) && Addresses(union).SetEquals(Addresses(ranges));
        }));

    [Fact]
    public void Union_ShuffledInput_SameUnion()
    {
        var gen = from ranges in RangesGen
                  from shuffled in Gen.Shuffle(ranges)
                  select (ranges, shuffled);
        Check.QuickThrowOnFailure(Prop.ForAll(gen.ToArbitrary(), input =>
            AddressRange.Union(input.shuffled).SequenceEqual(AddressRange.Union(input.ranges))));
    }

    private static HashSet<ulong> Addresses(IEnumerable<AddressRange> ranges) =>
        ranges.SelectMany(r => Enumerable.Range((int)r.Start.Value, (int)r.Size.Bytes).Select(a => (ulong)a)).ToHashSet();
}
