using Placement.Domain.XlConfig;

namespace Placement.Domain.Tests.XlConfig;

/// <summary>libxlutil's lexer and grammar: what xl reads, and the line and expectation of what it refuses.</summary>
public sealed class XlSyntaxTests
{
    [Theory]
    [InlineData("memory = 1024\n", "memory", "1024")]
    [InlineData("memory = 1024", "memory", "1024")] // a final assignment without a newline
    [InlineData("a = 1; b = 2\n", "b", "2")]
    [InlineData("a = 1\na = 2\n", "a", "2")] // last wins
    [InlineData("a = 'x'\na += \"y\"\n", "a", "xy")]
    [InlineData("a = \"q\\\"\\t\\\\\"\n", "a", "q\"\t\\")]
    [InlineData("  \t# only a comment\n\n;\n", null, null)]
    [InlineData("a.b_9 = 0x1f\n", "a.b_9", "0x1f")]
    [InlineData("a = \"x\" # comment\n", "a", "x")]
    [InlineData("# comment with CR\r\na = 1\n", "a", "1")] // '.' in xl's comment rule takes the CR
    public void TryRead_GoodText_LastValueOfName(string text, string? name, string? value)
    {
        var file = XlConfigFile.TryRead(text, out var failure);

        failure.ShouldBeNull();
        if (name is not null)
        {
            file!.Settings.Count.ShouldBeGreaterThan(0);
            file[name].ShouldBeOfType<XlAtom>().Text.ShouldBe(value);
        }
    }

    [Fact]
    public void TryRead_ListsWithNewlinesCommentsTrailingCommaAndNesting_ReadsItems()
    {
        var file = XlConfigFile.TryRead("l = [\n  # c\n  'a', # after\n\n  [ 'b', 1 ],\n]\nl += [ 'c' ]\ne = []\n", out _)!;

        var list = file["l"].ShouldBeOfType<XlList>();
        list.Items.Count.ShouldBe(3);
        list.Items[0].ShouldBe(new XlAtom("a", 3));
        list.Items[1].ShouldBeOfType<XlList>().Items.Select(i => ((XlAtom)i).Text).ShouldBe(["b", "1"]);
        list.Items[2].ShouldBe(new XlAtom("c", 7));
        file["e"].ShouldBeOfType<XlList>().Items.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("memory = 1\r\n", 1, "xl-config-lexical-error", "carriage return")]
    [InlineData("a = 1\n# last comment", 2, "xl-config-lexical-error", "newline at the end of the comment")]
    [InlineData("Memory = 1\n", 1, "xl-config-lexical-error", "lowercase name")]
    [InlineData("a = 1\nb = -1\n", 2, "xl-config-lexical-error", "without a sign")]
    [InlineData("a = 1.5\n", 1, "xl-config-lexical-error", "decimal point")]
    [InlineData("a = \"\\x41\"\n", 1, "xl-config-lexical-error", "escapes")]
    [InlineData("a = \"\\101\"\n", 1, "xl-config-lexical-error", "escapes")]
    [InlineData("a = 'open\n'\n", 1, "xl-config-lexical-error", "closing '")]
    [InlineData("a = 1 b = 2\n", 1, "xl-config-syntax-error", "a newline or ;")]
    [InlineData("vga = none\n", 1, "xl-config-syntax-error", "bare word")]
    [InlineData("a\n", 1, "xl-config-syntax-error", "= or +=")]
    [InlineData("a =\n", 1, "xl-config-syntax-error", "a quoted string, a number or [")]
    [InlineData("l = [\n 'x'\n 'y'\n]\n", 3, "xl-config-syntax-error", "a comma or ]")]
    [InlineData("l = [ 'x', , ]\n", 1, "xl-config-syntax-error", "a quoted string, a number or [")]
    [InlineData("l = [ 'x'", 1, "xl-config-syntax-error", "a comma or ]")]
    [InlineData("= 1\n", 1, "xl-config-syntax-error", "a setting")]
    [InlineData("a = 'x'\na += [ 'y' ]\n", 2, "xl-config-syntax-error", "a string after a +=")]
    [InlineData("a = 1 x\n", 1, "xl-config-syntax-error", "a newline or ;")]
    public void TryRead_BadText_FailsAtLineWithExpectation(string text, int line, string code, string expected)
    {
        XlConfigFile.TryRead(text, out var failure).ShouldBeNull();

        failure.ShouldNotBeNull();
        failure.Line.ShouldBe(line);
        failure.Code.ShouldBe(code);
        failure.Expected.ShouldContain(expected);
    }

    [Theory]
    [InlineData("010", 8L)]
    [InlineData("0x800", 2048L)]
    [InlineData("2048", 2048L)]
    [InlineData(" -5", -5L)]
    [InlineData("0", 0L)]
    [InlineData("0X1F", 31L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void TryRead_Number_StrtolBaseZero(string text, long expected)
    {
        XlNumbers.TryRead(text, out var value).ShouldBeTrue();
        value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("09")]
    [InlineData("0x")]
    [InlineData("12ab")]
    [InlineData("")]
    [InlineData("1 ")]
    [InlineData("9223372036854775808")]
    public void TryRead_NotANumber_False(string text) => XlNumbers.TryRead(text, out _).ShouldBeFalse();
}
