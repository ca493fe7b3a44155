using Placement.Domain.Imports;
using static Placement.Domain.Tests.Imports.Logs.LogFixtures;

namespace Placement.Domain.Tests.Imports.Logs;

/// <summary>Linux dmesg from kernel 2.6 to 6.x, from tests/formats/linux-dmesg.</summary>
public sealed class LinuxDmesgTests
{
    public static TheoryData<string, string[]> RegionsByFile => new()
    {
        { "l01-modern.txt", ["0x6a1f0000-0x6a210000 []", "0x6e000000-0x72800000 []"] },
        { "l02-kernel3-identity-maps.txt", ["0xbf6ec000-0xbf704000 [0000:00:1d.0 0000:00:1a.0]"] },
        { "l03-identity-map-forms.txt", ["0x77800000-0x80000000 [0000:00:02.0]", "0x763b1000-0x763d1000 [0000:00:14.0]"] },
        { "l04-firmware-bug-echoes.txt", ["0x8a000000-0x8c800000 []"] },
        { "l05-prefixes-mail.txt", ["0xd8d28000-0xd8d47000 []", "0xdb000000-0xdd800000 []"] },
        { "l06-page-zero-acpi-dmar.txt", ["0x0-0x1000 []", "0xe8000-0xe9000 []"] },
    };

    public static TheoryData<string, string[]> WarningsByFile => new()
    {
        { "l01-modern.txt", ["pci-segment-too-wide@13"] },
        { "l02-kernel3-identity-maps.txt", ["linux-lpc-unity-map@8"] },
        { "l03-identity-map-forms.txt", ["pci-segment-too-wide@6", "linux-lpc-unity-map@7", "linux-device-unreadable@6", "linux-identity-map-without-rmrr@9"] },
        { "l04-firmware-bug-echoes.txt", ["linux-firmware-bug@2", "linux-firmware-bug@4"] },
        { "l05-prefixes-mail.txt", ["duplicate-region@9"] },
        { "l06-page-zero-acpi-dmar.txt", [] },
    };

    [Theory]
    [MemberData(nameof(RegionsByFile))]
    public void Read_Fixture_RmrrsWithDevicesOfMatchingIdentityMaps(string file, string[] regions) =>
        LinuxDmesg.Read(Text("linux-dmesg", file)).ShouldBeImported().Regions().ShouldBe(regions);

    [Theory]
    [MemberData(nameof(WarningsByFile))]
    public void Read_Fixture_WarningsWithOriginalLines(string file, string[] warnings) =>
        LinuxDmesg.Read(Text("linux-dmesg", file)).ShouldBeImported().Warnings().ShouldBe(warnings);

    [Theory]
    [InlineData("l01-modern.txt", 32_605UL)]
    [InlineData("l05-prefixes-mail.txt", 16_267UL)]
    [InlineData("l02-kernel3-identity-maps.txt", null)]
    public void Read_MemoryLine_TotalKibDividedBy1024(string file, ulong? mib) =>
        LinuxDmesg.Read(Text("linux-dmesg", file)).ShouldBeImported().MemoryMiB.ShouldBe(mib);

    [Theory]
    [InlineData("[    0.1] DMAR: RMRR base: 0x0000006a1f0000 end: 0x00000069ffffff", "rmrr-range-invalid")]
    [InlineData("[    0.1] DMAR: RMRR base: 0xfffffffffffff000 end: 0xffffffffffffffff", "rmrr-range-invalid")]
    public void Read_RmrrLineWithoutAValidRange_WarningAndNoRegion(string line, string code)
    {
        var inventory = LinuxDmesg.Read(line).ShouldBeImported();

        inventory.ReservedRegions.ShouldBeEmpty();
        inventory.Warnings().ShouldBe([code + "@1"]);
    }
}
