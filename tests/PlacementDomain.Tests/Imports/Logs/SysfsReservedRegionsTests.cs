using Placement.Domain.Imports;
using static Placement.Domain.Tests.Imports.Logs.LogFixtures;

namespace Placement.Domain.Tests.Imports.Logs;

/// <summary>/sys/kernel/iommu_groups/N/reserved_regions, from tests/formats/sysfs-reserved-regions.</summary>
public sealed class SysfsReservedRegionsTests
{
    public static TheoryData<string, string[], string[]> ByFile => new()
    {
        {
            "s01-lpc-merged-msi.txt",
            ["0xc7a50000-0xc7a70000 [] may-be-merged"],
            ["sysfs-isa-workaround@1", "sysfs-may-be-merged@"]
        },
        {
            "s02-relaxable-high-msi-inside.txt",
            ["0x2000000-0x4000000 [] may-be-merged", "0xfd0000000-0xfd0200000 [] may-be-merged direct-relaxable"],
            ["sysfs-may-be-merged@"]
        },
        {
            "s03-mail-wrapped.txt",
            ["0xc7a50000-0xc7a70000 [] may-be-merged"],
            ["sysfs-isa-workaround@2", "sysfs-lines-skipped@1", "sysfs-may-be-merged@"]
        },
        { "s04-empty.txt", [], [] },
    };

    [Theory]
    [MemberData(nameof(ByFile))]
    public void Read_Fixture_DirectRegionsFlaggedAndWarnings(string file, string[] regions, string[] warnings)
    {
        var inventory = SysfsReservedRegions.Read(Text("sysfs-reserved-regions", file)).ShouldBeImported();

        inventory.Regions().ShouldBe(regions);
        inventory.Warnings().ShouldBe(warnings);
    }

    [Theory]
    [InlineData("s04-unknown-type.txt", "sysfs-type-unknown", 2)]
    [InlineData("s04-missing-field.txt", "sysfs-line-malformed", 2)]
    public void Read_BadLine_UnreadableNamingTheLine(string file, string code, int line)
    {
        var failure = SysfsReservedRegions.Read(Text("sysfs-reserved-regions", file)).ShouldBeOfType<Unreadable>().Failure;

        (failure.Code, failure.Line).ShouldBe((code, line));
        failure.Expected.ShouldContain("0x<start> 0x<end> <type>");
    }

    [Theory]
    [InlineData("0x00000000c7a6ffff 0x00000000c7a50000 direct\n", "sysfs-range-invalid")]
    [InlineData("0xfffffffffffff000 0xffffffffffffffff direct\n", "sysfs-range-invalid")]
    [InlineData("0x1fffffffffffff000 0x1ffffffffffffffff direct\n", "address-too-wide")]
    [InlineData("$ cat reserved_regions\nNo such file or directory\n", "sysfs-no-regions")]
    public void Read_ImpossibleRange_UnreadableAtLine1(string text, string code)
    {
        var failure = SysfsReservedRegions.Read(text).ShouldBeOfType<Unreadable>().Failure;

        (failure.Code, failure.Line).ShouldBe((code, 1));
    }

    [Fact]
    public void Read_MsiAndReservedOnly_NoRegionsNoWarnings() =>
        SysfsReservedRegions.Read("0x00000000fee00000 0x00000000feefffff msi\n0x00000000fd000000 0x00000000fdffffff reserved\n")
            .ShouldBeImported().Warnings().ShouldBeEmpty();
}
