using static Placement.Domain.Tests.Imports.Lspci.LspciRead;

namespace Placement.Domain.Tests.Imports.Lspci;

/// <summary>The file as a whole: what is not lspci, and the lines between functions.</summary>
public sealed class LspciTextTests
{
    [Theory]
    [InlineData("", 1, "lspci-empty")]
    [InlineData("\n \r\n", 1, "lspci-empty")]
    [InlineData("-[0000:00]-+-00.0  Example Host Bridge\n", 1, "lspci-no-function")]
    [InlineData("Slot:\t00:00.0\nClass:\tHost bridge\n", 1, "lspci-no-function")]
    [InlineData("00:00.0 \"Host bridge\" \"Example Semiconductor\" \"Host Bridge\" -r08 \"\" \"\"\n", 1, "lspci-no-function")]
    [InlineData("\n\n$ lspci -vv\n00:00.0 Host bridge: Example\n", 3, "lspci-no-function")]
    [InlineData("{\"devices\": []}", 1, "lspci-no-function")]
    public void Read_NotLspciOutput_UnreadableAtTheFirstLine(string text, int line, string code)
    {
        var failure = Failure(text);

        (failure.Line, failure.Code).ShouldBe((line, code));
        failure.Expected.ShouldContain("PCI address");
    }

    [Fact]
    public void Read_LeadingBlankLinesAndByteOrderMark_Read() =>
        Text("\uFEFF\n\n00:00.0 Host bridge: Example\n").Devices.ShouldHaveSingleItem().Address.ToString().ShouldBe("0000:00:00.0");

    [Fact]
    public void Read_DuplicateFunction_FirstKeptSecondWarned()
    {
        var read = Text("00:02.0 VGA compatible controller: Example\n\tRegion 0: Memory at f0000000 (32-bit, prefetchable) [size=4K]\n\n"
            + "00:02.0 VGA compatible controller: Example\n\tRegion 0: Memory at e0000000 (32-bit, prefetchable) [size=8K]\n");

        read.Devices.ShouldHaveSingleItem().Bars.ShouldBe([MemoryBar(0, 0xf0000000, 4096, false, true)]);
        var warning = read.Warnings.ShouldHaveSingleItem();
        (warning.Code, warning.Line).ShouldBe(("lspci-duplicate-function", 4));
    }

    [Theory]
    [InlineData("00:20.0 Host bridge: Example", "lspci-address-out-of-range")]
    [InlineData("10000:e1:00.0 Host bridge: Example", "lspci-address-out-of-range")]
    [InlineData("fffffffff:e1:00.0 Host bridge: Example", "lspci-address-out-of-range")]
    [InlineData("00:03.0 \"Host bridge\" \"Example\"", "lspci-function-unreadable")]
    public void Read_LaterFunctionNotReadable_SkippedWithItsLinesAndWarned(string header, string code)
    {
        var read = Text($"00:00.0 Host bridge: Example\n{header}\n\tRegion 0: Memory at f0000000 (32-bit, prefetchable) [size=4K]\n00:01.0 Host bridge: Example\n");

        read.Devices.Select(d => d.Address.ToString()).ShouldBe(["0000:00:00.0", "0000:00:01.0"]);
        read.Devices.ShouldAllBe(d => d.Bars.Count == 0);
        var warning = read.Warnings.ShouldHaveSingleItem();
        (warning.Code, warning.Line).ShouldBe((code, 2));
    }

    [Theory]
    [InlineData("pcilib: Cannot open /sys/bus/pci/devices/0000:00:02.0/config", "lspci-line-unrecognised")]
    [InlineData(" [size=256]", "lspci-orphan-size")]
    [InlineData("    Region 0: Memory at f0000000 (32-bit, prefetchable) [size=4K]", "lspci-line-unrecognised")]
    public void Read_StrayLine_Warned(string line, string code)
    {
        var read = Text($"00:00.0 Host bridge: Example\n{line}\n");

        read.Devices.ShouldHaveSingleItem().Bars.ShouldBeEmpty();
        var warning = read.Warnings.ShouldHaveSingleItem();
        (warning.Code, warning.Line).ShouldBe((code, 2));
    }

    [Theory]
    [InlineData("00: 86 80 40 2a 06 00 90 20 07 00 00 06 00 00 00 00")]
    [InlineData("10: 04 00 40 f1 00 00 00 00 0c 00 00 d0 00 00 00 00")]
    [InlineData("ff0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00")]
    [InlineData("WARNING: Cannot show hex-dump of the config space")]
    public void Read_HexDumpLines_NotFunctionsNorWarnings(string line)
    {
        var read = Text($"00:00.0 Host bridge: Example\n{line}\n");

        read.Devices.Count.ShouldBe(1);
        read.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Read_HeaderIdsAndDump_HeaderIdsWinDumpGivesClass()
    {
        var device = Text("00:1a.0 USB controller [0c03]: Example [1e5a:2a34]\n00: 5a 1e 99 99 00 00 00 00 03 30 03 0c 00 00 00 00\n").Devices[0];

        (device.VendorId, device.DeviceId, device.ClassCode).ShouldBe(((ushort?)0x1e5a, (ushort?)0x2a34, (uint?)0x0c0330));
    }
}
