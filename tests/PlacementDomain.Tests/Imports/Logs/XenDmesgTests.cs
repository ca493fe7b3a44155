using Placement.Domain.Imports;
using static Placement.Domain.Tests.Imports.Logs.LogFixtures;

namespace Placement.Domain.Tests.Imports.Logs;

/// <summary>xl dmesg in the shapes of Xen 4.0 to 4.22, from tests/formats/xen-dmesg.</summary>
public sealed class XenDmesgTests
{
    public static TheoryData<string, string[]> RegionsByFile => new()
    {
        { "x01-xen40-end-address.txt", ["0xc7e4a000-0xc7e5e000 [0000:00:1d.0 0000:00:1a.7]", "0xcb800000-0xcfa00000 [0000:00:02.0]"] },
        { "x02-xen47-printk.txt", ["0x9e800000-0xa0900000 [0000:00:02.0]", "0x9d0fe000-0x9d0ff000 [0000:00:1f.6] ignored-by-xen"] },
        { "x03-xen49-openxt-ignored.txt", ["0x6a3c5000-0x6a3e5000 [0000:00:14.0]", "0x6a500000-0x6a580000 [0000:00:16.3] ignored-by-xen"] },
        { "x04-xen415-brackets.txt", ["0xba310000-0xba330000 [0000:00:14.0 0000:00:1a.0]", "0xba400000-0xba410000 []", "0xbb000000-0xbb100000 [0000:00:1f.5] ignored-by-xen"] },
        { "x05-xen419-last-page.txt", ["0x8b000000-0x8d800000 [0000:00:02.0]"] },
        { "x06-release-build.txt", [] },
        { "x07-mail-quoted-printable.txt", ["0xc9000000-0xcb800000 [0000:00:02.0]", "0xc8d10000-0xc8d30000 [0000:00:14.0 0000:00:14.3]"] },
        { "x08-pasted-twice.txt", ["0x7e2a9000-0x7e2c9000 [0000:00:14.0]", "0x7f800000-0x82000000 [0000:00:02.0]"] },
        { "x09-first-device-missing.txt", ["0x5c2f0000-0x5c310000 [0000:00:14.3 0000:00:14.0]"] },
        { "x10-oddities.txt", ["0x6e000000-0x6e100000 [0000:00:1d.0]"] },
        { "x11-not-verbose.txt", [] },
        { "x12-staging-frame-numbers.txt", ["0xe8000-0xe9000 [0000:00:1d.0]", "0xdf000000-0xdf800000 [0000:00:02.0]"] },
    };

    public static TheoryData<string, string[]> WarningsByFile => new()
    {
        { "x01-xen40-end-address.txt", ["xen-rmrr-not-reserved@8"] },
        { "x02-xen47-printk.txt", ["xen-rmrr-not-reserved@2", "xen-device-not-present@7", "xen-rmrr-ignored@8"] },
        { "x03-xen49-openxt-ignored.txt", ["xen-device-not-present@15", "xen-rmrr-ignored@16"] },
        { "x04-xen415-brackets.txt", ["xen-device-not-present@17", "xen-rmrr-ignored@18"] },
        { "x05-xen419-last-page.txt", ["xen-rmrr-not-reserved@2"] },
        { "x06-release-build.txt", ["xen-rmrr-without-range@3", "xen-rmrr-without-range@6"] },
        { "x07-mail-quoted-printable.txt", ["xen-device-not-present@15"] },
        { "x08-pasted-twice.txt", ["duplicate-region@10", "duplicate-region@13"] },
        { "x09-first-device-missing.txt", ["xen-device-not-present@4"] },
        { "x10-oddities.txt", ["xen-user-rmrr@1", "xen-rmrr-incorrect@4", "xen-rmrr-overlapping@8"] },
        { "x11-not-verbose.txt", ["xen-no-vtd-lines@"] },
        { "x12-staging-frame-numbers.txt", ["xen-rmrr-not-reserved@2", "xen-rmrr-not-reserved@6"] },
    };

    public static TheoryData<string> Files => new(RegionsByFile.Select(row => (string)row[0]));

    [Theory]
    [MemberData(nameof(RegionsByFile))]
    public void Read_Fixture_RmrrsOfRmrrBlocksOnly(string file, string[] regions) =>
        XenDmesg.Read(Text("xen-dmesg", file)).ShouldBeImported().Regions().ShouldBe(regions);

    [Theory]
    [MemberData(nameof(WarningsByFile))]
    public void Read_Fixture_WarningsWithOriginalLines(string file, string[] warnings) =>
        XenDmesg.Read(Text("xen-dmesg", file)).ShouldBeImported().Warnings().ShouldBe(warnings);

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_CrlfOrLf_SameInventory(string file)
    {
        var text = Text("xen-dmesg", file).Replace("\r\n", "\n", StringComparison.Ordinal);

        var crlf = XenDmesg.Read(text.Replace("\n", "\r\n", StringComparison.Ordinal)).ShouldBeImported();

        crlf.Regions().ShouldBe(XenDmesg.Read(text).ShouldBeImported().Regions());
    }

    [Fact]
    public void Read_BridgeScopeInRmrr_UnresolvedWithTheRmrrRange()
    {
        var scope = XenDmesg.Read(Text("xen-dmesg", "x04-xen415-brackets.txt")).ShouldBeImported().UnresolvedScopes.ShouldHaveSingleItem();

        (scope.Path, scope.Range.Start.Value, scope.Range.End.Value).ShouldBe(("0000:00:1c.0", 0xba400000UL, 0xba410000UL));
    }

    [Theory]
    [InlineData("x11-not-verbose.txt", 32_658UL)]
    [InlineData("x04-xen415-brackets.txt", null)]
    public void Read_SystemRamLine_MemoryFromKilobytes(string file, ulong? mib) =>
        XenDmesg.Read(Text("xen-dmesg", file)).ShouldBeImported().MemoryMiB.ShouldBe(mib);

    [Fact]
    public void Read_NotReservedWarningOnly_RegionAndNotVerboseWarning()
    {
        var inventory = XenDmesg.Read("(XEN) [VT-D]  RMRR address range 8d800000..8fffffff not in reserved\nmemory; need \"iommu_inclusive_mapping=1\"?\n").ShouldBeImported();

        inventory.Regions().ShouldBe(["0x8d800000-0x90000000 []"]);
        inventory.Warnings().ShouldBe(["xen-rmrr-not-reserved@1", "xen-not-verbose@"]);
    }

    [Fact]
    public void Read_AddressWiderThan64Bits_UnreadableAtItsLine()
    {
        var failure = XenDmesg.Read("(XEN) [VT-D]found ACPI_DMAR_RMRR:\n(XEN) [VT-D]  RMRR: [10000000000000000,10000000000000fff]\n").ShouldBeOfType<Unreadable>().Failure;

        (failure.Code, failure.Line).ShouldBe(("address-too-wide", 2));
    }

    [Fact]
    public void Read_RangeEndingAtTopOf64Bits_WarningAndNoRegion()
    {
        var inventory = XenDmesg.Read("(XEN) [VT-D]found ACPI_DMAR_RMRR:\n(XEN) [VT-D]  RMRR: [fffffffffffff000,ffffffffffffffff]\n").ShouldBeImported();

        inventory.ReservedRegions.ShouldBeEmpty();
        inventory.Warnings().ShouldBe(["rmrr-range-invalid@2", "xen-rmrr-without-range@1"]);
    }

    [Fact]
    public void Read_WarningAndRangeLineDisagree_RangeLineWinsWithMismatchWarning()
    {
        var inventory = XenDmesg.Read(
            "(XEN) [VT-D]found ACPI_DMAR_RMRR:\n(XEN) [VT-D]  RMRR address range 9e800000..a08fffff not in reserved memory; need \"iommu_inclusive_mapping=1\"?\n"
            + "(XEN) [VT-D] endpoint: 0000:00:02.0\n(XEN) [VT-D]  RMRR region: base_addr 9e800000 end_addr a07fffff\n").ShouldBeImported();

        inventory.Regions().ShouldBe(["0x9e800000-0xa0800000 [0000:00:02.0]"]);
        inventory.Warnings().ShouldBe(["xen-rmrr-not-reserved@2", "xen-range-mismatch@2"]);
    }

    [Fact]
    public void Read_RangeLinesWithoutHeaders_OneRegionEachWithoutDevices() =>
        XenDmesg.Read("(XEN) [VT-D]dmar.c:608:   RMRR region: base_addr bd000000 end_addr bd0fffff\n(XEN) [VT-D]dmar.c:608:   RMRR region: base_addr be000000 end_addr be0fffff\n")
            .ShouldBeImported().Regions().ShouldBe(["0xbd000000-0xbd100000 []", "0xbe000000-0xbe100000 []"]);
}
