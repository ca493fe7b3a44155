using Placement.Domain.Memory;

namespace Placement.Domain.Tests.Memory;

public class HexNotationTests
{
    [Theory]
    [InlineData("0x0", 0x0UL)]
    [InlineData("0XAB", 0xabUL)]
    [InlineData("0xaB81e000", 0xab81e000UL)]
    [InlineData("0x0000000000000001", 0x1UL)]
    [InlineData("0xffffffffffffffff", ulong.MaxValue)]
    public void TryParse_Valid_ReturnsValue(string text, ulong expected)
    {
        HexNotation.TryParse(text, out var value).ShouldBeTrue();
        value.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("0x")]
    [InlineData("123")]
    [InlineData("x12")]
    [InlineData("1x12")]
    [InlineData("0x-1")]
    [InlineData("0x+1")]
    [InlineData("0x 1")]
    [InlineData(" 0x1")]
    [InlineData("0x1 ")]
    [InlineData("0x0x1")]
    [InlineData("0xg")]
    [InlineData("0x1_000")]
    [InlineData("0x00000000000000001")]
    [InlineData("0x1ffffffffffffffff")]
    public void TryParse_Invalid_ReturnsFalse(string? text) =>
        HexNotation.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData(0UL, "0x0")]
    [InlineData(0xABCDEFUL, "0xabcdef")]
    public void Format_Value_IsLowerCaseWithPrefix(ulong value, string expected) =>
        HexNotation.Format(value).ShouldBe(expected);
}
