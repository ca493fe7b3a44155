using FsCheck;
using FsCheck.Fluent;
using Placement.Domain.Arm;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Arm.ArmBuilders;

namespace Placement.Domain.Tests.Arm;

public sealed class FreeMemorySubtractTests
{
    // Ends from a small set, so that empty, nested, adjacent and overlapping ranges are common.
    private static readonly Gen<AddressRange[]> RangesGen =
        from count in Gen.Choose(0, 8)
        from ranges in Gen.ArrayOf(
            from a in Gen.Choose(0, 24)
            from b in Gen.Choose(0, 24)
            select R((ulong)Math.Min(a, b), (ulong)Math.Max(a, b)), count)
        select ranges;

    [Fact]
    public void Subtract_TakenInsideRam_TwoBlocks() =>
        FreeMemory.Subtract([R(0x1000, 0x9000)], [R(0x3000, 0x5000)]).ShouldBe([R(0x1000, 0x3000), R(0x5000, 0x9000)]);

    [Fact]
    public void Subtract_TakenUnsortedAndOverlapping_EachHoleCutOnce() =>
        FreeMemory.Subtract([R(0x0, 0x10000)], [R(0x8000, 0xa000), R(0x2000, 0x5000), R(0x4000, 0x6000), R(0x9000, 0xb000)])
            .ShouldBe([R(0x0, 0x2000), R(0x6000, 0x8000), R(0xb000, 0x10000)]);

    [Fact]
    public void Subtract_RamAdjacentAndOverlapping_MergedIntoOneBlock() =>
        FreeMemory.Subtract([R(0x4000, 0x8000), R(0x0, 0x4000), R(0x6000, 0x9000)], []).ShouldBe([R(0x0, 0x9000)]);

    [Fact]
    public void Subtract_AdjacentTakenRanges_OneHole() =>
        FreeMemory.Subtract([R(0x0, 0x8000)], [R(0x3000, 0x4000), R(0x2000, 0x3000)]).ShouldBe([R(0x0, 0x2000), R(0x4000, 0x8000)]);

    [Fact]
    public void Subtract_TakenSpanningSeveralRamRanges_CutsEach() =>
        FreeMemory.Subtract([R(0x6000, 0x8000), R(0x0, 0x2000), R(0x3000, 0x5000)], [R(0x1000, 0x7000)])
            .ShouldBe([R(0x0, 0x1000), R(0x7000, 0x8000)]);

    [Fact]
    public void Subtract_EmptyRangesAndTakenOutsideRam_Ignored() =>
        FreeMemory.Subtract([R(0x1000, 0x1000), R(0x2000, 0x3000)], [R(0x2800, 0x2800), R(0x0, 0x2000), R(0x3000, 0x9000)])
            .ShouldBe([R(0x2000, 0x3000)]);

    [Fact]
    public void Subtract_TakenCoversRam_NoBlock() =>
        FreeMemory.Subtract([R(0x2000, 0x3000), R(0x5000, 0x6000)], [R(0x1000, 0x7000)]).ShouldBeEmpty();

    [Fact]
    public void Subtract_RandomRanges_ExactlyTheAddressesLeftAsSortedSeparateBlocks() =>
        Check.QuickThrowOnFailure(Prop.ForAll(RangesGen.ToArbitrary(), RangesGen.ToArbitrary(), (ram, taken) =>
        {
            var free = FreeMemory.Subtract(ram, taken);
            var separate = free.Zip(free.Skip(1)).All(p => p.First.End < p.Second.Start);
            var expected = Addresses(ram);
            expected.ExceptWith(Addresses(taken));
            return separate && free.All(b => !b.IsEmpty) && Addresses(free).SetEquals(expected);
        }));

    [Fact]
    public void Subtract_ShuffledInput_SameBlocks()
    {
        var gen = from ram in RangesGen
                  from taken in RangesGen
                  from shuffledRam in Gen.Shuffle(ram)
                  from shuffledTaken in Gen.Shuffle(taken)
                  select (ram, taken, shuffledRam, shuffledTaken);
        Check.QuickThrowOnFailure(Prop.ForAll(gen.ToArbitrary(), input =>
            FreeMemory.Subtract(input.shuffledRam, input.shuffledTaken).SequenceEqual(FreeMemory.Subtract(input.ram, input.taken))));
    }

    private static HashSet<ulong> Addresses(IEnumerable<AddressRange> ranges) =>
        ranges.SelectMany(r => Enumerable.Range((int)r.Start.Value, (int)r.Size.Bytes).Select(a => (ulong)a)).ToHashSet();
}
