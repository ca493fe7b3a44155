using Placement.Domain.Imports;

namespace Placement.Domain.Tests.Imports.Dmar;

public class DmarTextTests
{
    private const string Folder = "acpi-dmar-text";

    [Theory]
    [InlineData("d1-basic.dsl", "d1-basic", "")]
    [InlineData("d1-basic-heading-crlf.txt", "d1-basic", "")]
    [InlineData("d2-multihop.dsl", "d2-multihop", "")]
    [InlineData("d2-multihop-new-columns.dsl", "d2-multihop", "")]
    [InlineData("d3-adjacent.dsl", "d3-adjacent", "")]
    [InlineData("d4-edges.dsl", "d4-edges", "")]
    [InlineData("d5-subtables.dsl", "d5-subtables", "")]
    [InlineData("d3-bad-checksum.dsl", "d3-adjacent", "checksum")]
    [InlineData("d5-unknown-type.dsl", "d5-subtables", "unknown-type")]
    public void Read_IaslDisassembly_GivesWhatTheBinaryTableGives(string file, string table, string patch)
    {
        var bytes = DmarFixtures.Table(table);
        if (patch == "checksum")
        {
            bytes[9] += 0x11;
        }
        else if (patch == "unknown-type")
        {
            bytes[0x70] = 7;
            DmarFixtures.FixChecksum(bytes);
        }

        var outcome = DmarText.Read(DmarFixtures.Text(Folder, file));

        DmarFixtures.Inventory(outcome).Format.ShouldBe(ImportFormat.AcpiDmarText);
        DmarFixtures.Summary(outcome).ShouldBe(DmarFixtures.Summary(DmarTable.Read(bytes)));
    }

    [Theory]
    [InlineData("d4-edges.dsl", "[090h 0144")]
    [InlineData("d3-bad-checksum.dsl", "[009h 0009")]
    [InlineData("d5-unknown-type.dsl", "[070h 0112")]
    public void Read_Warning_NamesTheLineOfTheFieldHoldingTheByte(string file, string field)
    {
        var text = DmarFixtures.Text(Folder, file);
        var line = text.Split('\n').ToList().FindIndex(l => l.StartsWith(field, StringComparison.Ordinal)) + 1;

        DmarFixtures.Inventory(DmarText.Read(text)).Warnings.ShouldHaveSingleItem().Line.ShouldBe(line);
    }

    [Theory]
    [InlineData("d3-bad-base-value.dsl", DmarCodes.IaslField, "DEFD1O00")]
    [InlineData("d5-unknown-type-no-dump.dsl", DmarCodes.IaslIncomplete, "Length : 0014")]
    public void Read_Unreadable_NamesTheLine(string file, string code, string onLine)
    {
        var text = DmarFixtures.Text(Folder, file);
        var line = text.Split('\n').ToList().FindLastIndex(l => l.Contains(onLine, StringComparison.Ordinal)) + 1;

        var failure = DmarFixtures.Failure(DmarText.Read(text));

        (failure.Code, failure.Line).ShouldBe((code, line));
    }

    [Fact]
    public void Read_LimitBelowBase_FailsAtTheLimitFieldsLine()
    {
        var text = DmarFixtures.Text(Folder, "d4-edges.dsl").Replace("End Address (limit) : 00000000000E8FFF", "End Address (limit) : 00000000000E7FFF", StringComparison.Ordinal);
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("00000000000E7FFF", StringComparison.Ordinal)) + 1;

        var failure = DmarFixtures.Failure(DmarText.Read(text));

        (failure.Code, failure.Line).ShouldBe((DmarCodes.RmrrLimitBelowBase, line));
    }

    [Theory]
    [InlineData("")]
    [InlineData("DMAR\n----\n")]
    [InlineData("    0000: 44 4D 41 52 80 00 00 00 01 E6 49 4E 54 45 4C 20  // DMAR......INTEL ")]
    public void Read_NoFieldLines_IsUnreadable(string text) =>
        DmarFixtures.Failure(DmarText.Read(text)).Code.ShouldBe(DmarCodes.IaslField);
}
