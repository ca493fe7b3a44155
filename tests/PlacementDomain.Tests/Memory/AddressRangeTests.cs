using Placement.Domain.Memory;

namespace Placement.Domain.Tests.Memory;

public class AddressRangeTests
{
    [Fact]
    public void Constructor_EndBeforeStart_ThrowsArgumentOutOfRange() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new AddressRange(new PhysicalAddress(2), new PhysicalAddress(1)));

    [Fact]
    public void Constructor_EndEqualsStart_IsEmpty()
    {
        var range = R(5, 5);
        range.IsEmpty.ShouldBeTrue();
        range.Size.ShouldBe(ByteSize.Zero);
    }

    [Fact]
    public void FromSize_StartAndSize_EndIsExclusive()
    {
        var range = AddressRange.FromSize(new PhysicalAddress(0x1000), new ByteSize(0x2000));
        range.ShouldBe(R(0x1000, 0x3000));
        range.Size.ShouldBe(new ByteSize(0x2000));
        range.IsEmpty.ShouldBeFalse();
    }

    [Fact]
    public void FromSize_PastTwoToTheSixtyFour_ThrowsOverflow() =>
        Should.Throw<OverflowException>(() => AddressRange.FromSize(new PhysicalAddress(ulong.MaxValue), new ByteSize(1)));

    [Theory]
    [InlineData(5UL, 5UL, 5UL, 5UL)]     // itself
    [InlineData(5UL, 5UL, 0UL, 10UL)]    // inside a non-empty range
    [InlineData(5UL, 5UL, 5UL, 10UL)]    // at the start of one
    [InlineData(10UL, 10UL, 5UL, 10UL)]  // at the end of one
    [InlineData(0UL, 0UL, 0UL, 1UL)]
    public void Overlaps_EmptyRange_IsFalseBothWays(ulong emptyStart, ulong emptyEnd, ulong start, ulong end)
    {
        var empty = R(emptyStart, emptyEnd);
        var other = R(start, end);
        empty.Overlaps(other).ShouldBeFalse();
        other.Overlaps(empty).ShouldBeFalse();
    }

    [Theory]
    [InlineData(0UL, 10UL, 10UL, 20UL, false)] // adjacent [a,b) [b,c)
    [InlineData(0UL, 10UL, 9UL, 20UL, true)]
    [InlineData(0UL, 10UL, 2UL, 3UL, true)]    // contained
    [InlineData(0UL, 10UL, 0UL, 10UL, true)]   // equal
    [InlineData(0UL, 10UL, 11UL, 20UL, false)] // apart
    public void Overlaps_TwoRanges_IsSymmetric(ulong aStart, ulong aEnd, ulong bStart, ulong bEnd, bool expected)
    {
        R(aStart, aEnd).Overlaps(R(bStart, bEnd)).ShouldBe(expected);
        R(bStart, bEnd).Overlaps(R(aStart, aEnd)).ShouldBe(expected);
    }

    [Theory]
    [InlineData(0x0fffUL, false)]
    [InlineData(0x1000UL, true)]
    [InlineData(0x1fffUL, true)]
    [InlineData(0x2000UL, false)] // End is exclusive
    public void ContainsAddress_RangeOfOnePage_ExcludesEnd(ulong address, bool expected) =>
        R(0x1000, 0x2000).Contains(new PhysicalAddress(address)).ShouldBe(expected);

    [Fact]
    public void ContainsAddress_EmptyRange_ContainsNothing() =>
        R(0x1000, 0x1000).Contains(new PhysicalAddress(0x1000)).ShouldBeFalse();

    [Theory]
    [InlineData(0x1000UL, 0x2000UL, true)]  // itself
    [InlineData(0x1800UL, 0x1900UL, true)]
    [InlineData(0x0fffUL, 0x1800UL, false)] // starts before
    [InlineData(0x1800UL, 0x2001UL, false)] // ends after
    [InlineData(0x3000UL, 0x4000UL, false)]
    public void ContainsRange_Other_TrueOnlyWhenInside(ulong start, ulong end, bool expected) =>
        R(0x1000, 0x2000).Contains(R(start, end)).ShouldBe(expected);

    [Theory]
    [InlineData(0x1000UL, 0x3000UL, true)]
    [InlineData(0x1001UL, 0x3000UL, false)]
    [InlineData(0x1000UL, 0x2fffUL, false)]
    public void IsAlignedTo_FourKiB_ChecksBothEnds(ulong start, ulong end, bool expected) =>
        R(start, end).IsAlignedTo(new ByteSize(0x1000)).ShouldBe(expected);

    [Fact]
    public void ToString_Range_IsHalfOpenInHex() =>
        R(0xAB80A000, 0xAB81E000).ToString().ShouldBe("[0xab80a000, 0xab81e000)");

    internal static AddressRange R(ulong start, ulong end) => new(new PhysicalAddress(start), new PhysicalAddress(end));
}
