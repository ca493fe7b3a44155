using Placement.Domain.Memory;

namespace Placement.Domain.Tests.Memory;

public class PhysicalAddressTests
{
    private static readonly ByteSize FourKiB = new(4 * ByteSize.KiB);

    [Theory]
    [InlineData(0x0UL, true)]
    [InlineData(0x1000UL, true)]
    [InlineData(0x1001UL, false)]
    [InlineData(0xfffUL, false)]
    [InlineData(0xffff_ffff_ffff_f000UL, true)]
    public void IsAlignedTo_FourKiB_MatchesMultiple(ulong value, bool expected) =>
        new PhysicalAddress(value).IsAlignedTo(FourKiB).ShouldBe(expected);

    [Theory]
    [InlineData(0x0UL, 0x0UL)]
    [InlineData(0x1000UL, 0x1000UL)]
    [InlineData(0x1001UL, 0x1000UL)]
    [InlineData(0x1fffUL, 0x1000UL)]
    [InlineData(ulong.MaxValue, 0xffff_ffff_ffff_f000UL)]
    public void AlignDown_FourKiB_RoundsTowardZero(ulong value, ulong expected) =>
        new PhysicalAddress(value).AlignDown(FourKiB).ShouldBe(new PhysicalAddress(expected));

    [Theory]
    [InlineData(0x0UL, 0x0UL)]
    [InlineData(0x1000UL, 0x1000UL)]
    [InlineData(0x1001UL, 0x2000UL)]
    [InlineData(0x1fffUL, 0x2000UL)]
    [InlineData(0xffff_ffff_ffff_f000UL, 0xffff_ffff_ffff_f000UL)]
    public void AlignUp_FourKiB_RoundsAwayFromZeroUnlessAligned(ulong value, ulong expected) =>
        new PhysicalAddress(value).AlignUp(FourKiB).ShouldBe(new PhysicalAddress(expected));

    [Fact]
    public void AlignUp_NonPowerOfTwoAlignment_RoundsToMultiple() =>
        new PhysicalAddress(7).AlignUp(new ByteSize(3)).ShouldBe(new PhysicalAddress(9));

    [Fact]
    public void AlignUp_PastTopOfTwoToTheSixtyFour_ThrowsOverflow() =>
        Should.Throw<OverflowException>(() => new PhysicalAddress(0xffff_ffff_ffff_f001).AlignUp(FourKiB));

    [Fact]
    public void Alignment_Zero_ThrowsArgumentOutOfRange()
    {
        var address = new PhysicalAddress(0x1000);
        Should.Throw<ArgumentOutOfRangeException>(() => address.IsAlignedTo(ByteSize.Zero));
        Should.Throw<ArgumentOutOfRangeException>(() => address.AlignDown(ByteSize.Zero));
        Should.Throw<ArgumentOutOfRangeException>(() => address.AlignUp(ByteSize.Zero));
    }

    [Fact]
    public void Addition_PastTwoToTheSixtyFour_ThrowsOverflow() =>
        Should.Throw<OverflowException>(() => new PhysicalAddress(ulong.MaxValue) + new ByteSize(1));

    [Fact]
    public void SubtractSize_BelowZero_ThrowsOverflow() =>
        Should.Throw<OverflowException>(() => new PhysicalAddress(0xfff) - new ByteSize(0x1000));

    [Fact]
    public void SubtractAddress_EndBeforeStart_ThrowsOverflow() =>
        Should.Throw<OverflowException>(() => new PhysicalAddress(1) - new PhysicalAddress(2));

    [Fact]
    public void Arithmetic_InRange_IsExact()
    {
        (new PhysicalAddress(ulong.MaxValue - 1) + new ByteSize(1)).ShouldBe(new PhysicalAddress(ulong.MaxValue));
        (new PhysicalAddress(0x3000) - new ByteSize(0x1000)).ShouldBe(new PhysicalAddress(0x2000));
        (new PhysicalAddress(0x3000) - new PhysicalAddress(0x1000)).ShouldBe(new ByteSize(0x2000));
    }

    [Theory]
    [InlineData(1, 0x2UL)]
    [InlineData(32, 0x1_0000_0000UL)]
    [InlineData(46, 0x4000_0000_0000UL)]
    [InlineData(63, 0x8000_0000_0000_0000UL)]
    public void TopOfAddressSpace_Bits_IsTwoToTheBits(int bits, ulong expected) =>
        PhysicalAddress.TopOfAddressSpace(bits).Value.ShouldBe(expected);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(64)]
    public void TopOfAddressSpace_BitsOutOfRange_ThrowsArgumentOutOfRange(int bits) =>
        Should.Throw<ArgumentOutOfRangeException>(() => PhysicalAddress.TopOfAddressSpace(bits));

    [Theory]
    [InlineData(0UL, "0x0")]
    [InlineData(0xAB81E000UL, "0xab81e000")]
    [InlineData(ulong.MaxValue, "0xffffffffffffffff")]
    public void ToString_Value_IsLowerCaseHexWithPrefix(ulong value, string expected) =>
        new PhysicalAddress(value).ToString().ShouldBe(expected);

    [Fact]
    public void MinMax_TwoAddresses_PickByValue()
    {
        var low = new PhysicalAddress(1);
        var high = PhysicalAddress.FourGiB;
        PhysicalAddress.Min(high, low).ShouldBe(low);
        PhysicalAddress.Max(low, high).ShouldBe(high);
        high.Value.ShouldBe(0x1_0000_0000UL);
    }
}
