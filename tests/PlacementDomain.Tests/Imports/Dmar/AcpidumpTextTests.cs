using Placement.Domain.Imports;

namespace Placement.Domain.Tests.Imports.Dmar;

public class AcpidumpTextTests
{
    private const string Folder = "acpidump";

    [Fact]
    public void Read_DmarAmongOtherTables_GivesWhatTheBinaryTableGives()
    {
        var outcome = AcpidumpText.Read(DmarFixtures.Text(Folder, "three-tables.txt"));

        DmarFixtures.Inventory(outcome).Format.ShouldBe(ImportFormat.Acpidump);
        DmarFixtures.Summary(outcome).ShouldBe(DmarFixtures.Summary(DmarTable.Read(DmarFixtures.Table("d2-multihop"))));
    }

    [Fact]
    public void Read_CrlfTwoSpaceIndentAndHexLookingAscii_ReadsOnly16BytesALine()
    {
        var bytes = DmarFixtures.Patched("d1-basic", b => "AB CD EF"u8.CopyTo(b.AsSpan(16)));

        var outcome = AcpidumpText.Read(DmarFixtures.Text(Folder, "hex-ascii-crlf.txt"));

        DmarFixtures.Summary(outcome).ShouldBe(DmarFixtures.Summary(DmarTable.Read(bytes)));
        DmarFixtures.Inventory(outcome).Warnings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("                          AB CD EF")]
    [InlineData("  AB CD EF 01")]
    [InlineData("  5C")]
    public void Read_ShortLastLineWithHexLookingAscii_StopsAtTheTwoSpaces(string ascii)
    {
        var lines = DmarFixtures.Text(Folder, "three-tables.txt").Split('\n');
        var last = Array.FindIndex(lines, l => l.StartsWith("    00B0: ", StringComparison.Ordinal));
        lines[last] = "    00B0: 00 00 01 00 00 00 03 01" + ascii;

        var outcome = AcpidumpText.Read(string.Join('\n', lines));

        DmarFixtures.Summary(outcome).ShouldBe(DmarFixtures.Summary(DmarTable.Read(DmarFixtures.Table("d2-multihop"))));
    }

    [Fact]
    public void Read_WrongChecksum_WarnsOnTheLineHoldingTheByte()
    {
        var lines = DmarFixtures.Text(Folder, "three-tables.txt").Split('\n');
        var first = Array.FindIndex(lines, l => l.StartsWith("DMAR @", StringComparison.Ordinal)) + 1;
        lines[first] = lines[first].Replace("01 A7 50", "01 A8 50", StringComparison.Ordinal);

        var warning = DmarFixtures.Inventory(AcpidumpText.Read(string.Join('\n', lines))).Warnings.ShouldHaveSingleItem();

        (warning.Code, warning.Offset, warning.Line).ShouldBe((DmarCodes.Checksum, 9L, first + 1));
    }

    [Fact]
    public void Read_NoDmarBlock_IsUnreadableAtTheLastLine()
    {
        var text = DmarFixtures.Text(Folder, "no-dmar.txt");

        var failure = DmarFixtures.Failure(AcpidumpText.Read(text));

        (failure.Code, failure.Line).ShouldBe((DmarCodes.AcpidumpNoDmar, text.TrimEnd('\n').Split('\n').Length));
        failure.Message.ShouldContain("no DMAR table");
    }

    [Fact]
    public void Read_OffsetGap_IsUnreadableAtTheLineAfterTheGap()
    {
        // offset-gap.txt lacks the 0030 line: line 5 starts at 0040.
        var failure = DmarFixtures.Failure(AcpidumpText.Read(DmarFixtures.Text(Folder, "offset-gap.txt")));

        (failure.Code, failure.Line).ShouldBe((DmarCodes.AcpidumpOffset, 5));
        failure.Expected.ShouldContain("0030");
    }

    [Fact]
    public void Read_TableCutShort_FailsOnTheLastHexLine()
    {
        var lines = DmarFixtures.Text(Folder, "three-tables.txt").Split('\n').ToList();
        var heading = lines.FindIndex(l => l.StartsWith("DMAR @", StringComparison.Ordinal));
        lines.RemoveRange(heading + 5, 8);

        var failure = DmarFixtures.Failure(AcpidumpText.Read(string.Join('\n', lines)));

        (failure.Code, failure.Offset, failure.Line).ShouldBe((DmarCodes.Truncated, 4L, heading + 2));
    }
}
