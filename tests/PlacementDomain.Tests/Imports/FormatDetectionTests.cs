using Placement.Domain.Imports;

namespace Placement.Domain.Tests.Imports;

public sealed class FormatDetectionTests
{
    /// <summary>Every fixture of tests/formats/&lt;wire name&gt;, but for files made to be no such file (not-*), empty ones and a binary table's source.</summary>
    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in ImportFormats.All.Where(name => Directory.Exists(RepositoryPaths.Formats(name))))
        {
            foreach (var file in Directory.GetFiles(RepositoryPaths.Formats(name)).Order(StringComparer.Ordinal))
            {
                var fileName = Path.GetFileName(file);
                if (fileName is not "README.md" && !fileName.StartsWith('.') && !fileName.StartsWith("not-", StringComparison.Ordinal) && !(name == "acpi-dmar" && fileName.EndsWith(".dsl", StringComparison.Ordinal))
                    && new FileInfo(file).Length > 0)
                {
                    data.Add(name, fileName);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Detect_FixtureOfAFormat_ThatFormat(string format, string file)
    {
        var detected = FormatDetection.Detect(File.ReadAllBytes(Path.Combine(RepositoryPaths.Formats(format), file)));

        detected?.Name().ShouldBe(format);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Dear operator,\nthe table is attached.\n")]
    [InlineData("-[0000:00]-+-00.0  Intel Corporation Device 3e30\n           +-02.0  Intel Corporation Device 3e92\n")]
    public void Detect_TextInNoFormat_Null(string text) => FormatDetection.Detect(text).ShouldBeNull();

    [Fact]
    public void Detect_XenLogQuotingTheDmarTable_XenDmesg() =>
        FormatDetection.Detect("(XEN) ACPI: DMAR 7A1F3000, 00A8 (r1 INTEL  KBL     1 INTL        1)\n(XEN) [VT-D] RMRR: [79e5d000,79e7cfff]\n")
            .ShouldBe(ImportFormat.XenDmesg);

    [Fact]
    public void Detect_LspciWithIommuGroups_Lspci() =>
        FormatDetection.Detect("00:02.0 VGA compatible controller: Intel Corporation UHD Graphics 620\n\tIOMMU group: 1\n")
            .ShouldBe(ImportFormat.Lspci);

    [Fact]
    public void Detect_BinaryTableHeader_AcpiDmar()
    {
        byte[] header = [.. "DMAR"u8, 0x50, 0, 0, 0, 1, 0x3c, .. "INTEL "u8, .. "KBL     "u8, 1, 0, 0, 0, .. "INTL"u8, 1, 0, 0, 0, 0x26, 1, .. new byte[10]];

        FormatDetection.Detect(header).ShouldBe(ImportFormat.AcpiDmar);
    }
}
