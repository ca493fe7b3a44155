using Placement.Domain.Inventory;

namespace Placement.Domain.Tests.Inventory;

public class HostNameTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("0")]
    [InlineData("xen-r12-07")]
    [InlineData("host.example.org")]
    [InlineData("9-a")]
    [InlineData("a-")]
    public void TryParse_Valid_ReturnsNameWithSameText(string text)
    {
        HostName.IsValid(text).ShouldBeTrue();
        HostName.TryParse(text, out var name).ShouldBeTrue();
        name.Value.ShouldBe(text);
        name.ToString().ShouldBe(text);
        HostName.Parse(text).ShouldBe(name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Xen-r12")]
    [InlineData("xen-R12")]
    [InlineData("-xen")]
    [InlineData(".xen")]
    [InlineData("xen_1")]
    [InlineData("xen 1")]
    [InlineData("xén")]
    public void TryParse_Invalid_ReturnsFalse(string? text)
    {
        HostName.IsValid(text).ShouldBeFalse();
        HostName.TryParse(text, out var name).ShouldBeFalse();
        name.ShouldBe(default);
    }

    [Theory]
    [InlineData(63, true)]
    [InlineData(64, false)]
    public void IsValid_Length_AtMostSixtyThree(int length, bool expected) =>
        HostName.IsValid(new string('a', length)).ShouldBe(expected);

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionStatingTheRule() =>
        Should.Throw<FormatException>(() => HostName.Parse("Bad_Name")).Message.ShouldContain(HostName.Rule);

    [Fact]
    public void Parse_UpperCase_RuleSaysLowerCase()
    {
        HostName.IsValid("Xen-2").ShouldBeFalse();
        Should.Throw<FormatException>(() => HostName.Parse("Xen-2")).Message.ShouldContain("lower-case letters a-z");
    }
}
