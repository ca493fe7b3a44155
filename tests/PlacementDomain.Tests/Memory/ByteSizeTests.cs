using Placement.Domain.Memory;

namespace Placement.Domain.Tests.Memory;

public class ByteSizeTests
{
    [Theory]
    [InlineData(0UL, 0UL)]
    [InlineData(1UL, 0x10_0000UL)]
    [InlineData(4096UL, 0x1_0000_0000UL)]
    public void FromMiB_Mebibytes_IsBytesTimesTwoToTheTwenty(ulong mebibytes, ulong expectedBytes) =>
        ByteSize.FromMiB(mebibytes).Bytes.ShouldBe(expectedBytes);

    [Fact]
    public void FromMiB_BeyondTwoToTheSixtyFour_ThrowsOverflow() =>
        Should.Throw<OverflowException>(() => ByteSize.FromMiB(1UL << 44));

    [Fact]
    public void FromMiB_LargestRepresentable_DoesNotThrow() =>
        ByteSize.FromMiB((1UL << 44) - 1).Bytes.ShouldBe(0xffff_ffff_fff0_0000UL);

    [Fact]
    public void Addition_Overflowing_ThrowsOverflow() =>
        Should.Throw<OverflowException>(() => new ByteSize(ulong.MaxValue) + new ByteSize(1));

    [Fact]
    public void Subtraction_BelowZero_ThrowsOverflow() =>
        Should.Throw<OverflowException>(() => new ByteSize(1) - new ByteSize(2));

    [Fact]
    public void Arithmetic_InRange_IsExact()
    {
        (new ByteSize(0x1000) + new ByteSize(0x234)).ShouldBe(new ByteSize(0x1234));
        (new ByteSize(0x1234) - new ByteSize(0x234)).ShouldBe(new ByteSize(0x1000));
    }

    [Theory]
    [InlineData(0UL, false)]
    [InlineData(1UL, true)]
    [InlineData(3UL, false)]
    [InlineData(0x1000UL, true)]
    [InlineData(0x8000_0000_0000_0000UL, true)]
    [InlineData(ulong.MaxValue, false)]
    public void IsPowerOfTwo_Value_MatchesDefinition(ulong bytes, bool expected) =>
        new ByteSize(bytes).IsPowerOfTwo.ShouldBe(expected);

    [Theory]
    [InlineData(0UL, "0x0")]
    [InlineData(0xABCDUL, "0xabcd")]
    [InlineData(ulong.MaxValue, "0xffffffffffffffff")]
    public void ToString_Value_IsLowerCaseHexWithPrefix(ulong bytes, string expected) =>
        new ByteSize(bytes).ToString().ShouldBe(expected);

    [Fact]
    public void Comparison_Operators_FollowBytes()
    {
        var small = new ByteSize(1);
        var large = new ByteSize(2);
        (small < large).ShouldBeTrue();
        (large > small).ShouldBeTrue();
        (small <= new ByteSize(1)).ShouldBeTrue();
        (small >= new ByteSize(1)).ShouldBeTrue();
        (large <= small).ShouldBeFalse();
        (small >= large).ShouldBeFalse();
        small.CompareTo(large).ShouldBeLessThan(0);
    }
}
