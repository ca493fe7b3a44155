using Placement.Domain.Pci;

namespace Placement.Domain.Tests.Pci;

public class PciIdsTests
{
    [Theory]
    [InlineData("0x10de", 0x10de)]
    [InlineData("0X10DE", 0x10de)]
    [InlineData("0x0000", 0)]
    [InlineData("0xffff", 0xffff)]
    public void TryParseId_FourHexDigits_Reads(string text, int expected)
    {
        PciIds.TryParseId(text, out var id).ShouldBeTrue();
        id.ShouldBe((ushort)expected);
    }

    [Theory]
    [InlineData("0x10d")]
    [InlineData("0x10de0")]
    [InlineData("10de")]
    [InlineData("0x10dg")]
    [InlineData("0x+10d")]
    [InlineData("0x 10d")]
    [InlineData("0x10de ")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseId_NotFourHexDigits_False(string? text) => PciIds.TryParseId(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("0x030200", 0x030200U)]
    [InlineData("0X0C0330", 0x0c0330U)]
    [InlineData("0xffffff", 0xffffffU)]
    public void TryParseClassCode_SixHexDigits_Reads(string text, uint expected)
    {
        PciIds.TryParseClassCode(text, out var classCode).ShouldBeTrue();
        classCode.ShouldBe(expected);
    }

    [Theory]
    [InlineData("0x0302")]
    [InlineData("0x03020")]
    [InlineData("0x0302000")]
    [InlineData("030200")]
    [InlineData("0x03020z")]
    [InlineData(null)]
    public void TryParseClassCode_NotSixHexDigits_False(string? text) => PciIds.TryParseClassCode(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData(0x10de, "0x10de")]
    [InlineData(0x8086, "0x8086")]
    [InlineData(0x1b, "0x001b")]
    public void FormatId_Any_LowerCaseFourDigits(int id, string expected) => PciIds.FormatId((ushort)id).ShouldBe(expected);

    [Theory]
    [InlineData(0x030200U, "0x030200")]
    [InlineData(0x0c0330U, "0x0c0330")]
    [InlineData(0U, "0x000000")]
    public void FormatClassCode_Any_LowerCaseSixDigits(uint classCode, string expected) => PciIds.FormatClassCode(classCode).ShouldBe(expected);
}
