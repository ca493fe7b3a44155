using static Placement.Domain.Tests.Imports.Lspci.LspciRead;

namespace Placement.Domain.Tests.Imports.Lspci;

/// <summary>The fixtures of tests/formats/lspci, one output shape each (see its README).</summary>
public sealed class LspciFixtureTests
{
    [Theory]
    [InlineData("p1-vv-names.txt", "0000:00:00.0 0000:00:02.0 0000:00:14.0 0000:00:1c.0 0000:01:00.0")]
    [InlineData("p2-nn-vvv-shapes.txt", "0000:00:00.0 0000:00:01.0 0000:00:01.1 0000:00:11.0 0000:00:12.0 0000:00:14.0 0000:01:00.0")]
    [InlineData("p3-vvn-numbers.txt", "0000:00:00.0 0000:00:01.2 0000:00:02.0")]
    [InlineData("p4-v-flags-numa.txt", "0000:00:00.0 0000:3b:00.0 0000:3b:00.1")]
    [InlineData("p5-vv-server.txt", "0000:00:00.0 0000:3b:00.0 0000:81:00.0 0000:81:00.1")]
    [InlineData("p6-vvvxxxx-dump.txt", "0000:00:00.0 0000:00:02.0 0000:00:1a.0")]
    [InlineData("p7-stderr-crlf.txt", "0000:00:00.0 0000:00:1f.3 0000:03:00.0")]
    [InlineData("p8-old-pciutils-hex-size.txt", "0000:00:00.0 0000:05:00.0 0000:06:00.0")]
    public void Read_Fixture_OneDevicePerFunctionInFileOrder(string file, string functions) =>
        string.Join(' ', Fixture(file).Devices.Select(d => d.Address.ToString())).ShouldBe(functions);

    [Fact]
    public void Read_NamesOnly_NoIdsButDescriptionAndBarsWithIndices()
    {
        var read = Fixture("p1-vv-names.txt");

        var graphics = read.Device("00:02.0");
        (graphics.VendorId, graphics.DeviceId, graphics.ClassCode).ShouldBe((null, null, null));
        graphics.Description.ShouldBe("VGA compatible controller: Example Semiconductor Example Integrated Graphics 520");
        graphics.Bars.ShouldBe([MemoryBar(0, 0xe2000000, 16 << 20, true, false), MemoryBar(2, 0xc0000000, 256 << 20, true, true), IoBar(4, 0x4000, 64)]);
        read.Device("00:1c.0").Bars.ShouldBeEmpty();
        read.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Read_NumericNames_IdsFromTheLastBracketAndClassWithProgIf()
    {
        var read = Fixture("p2-nn-vvv-shapes.txt");

        var graphics = read.Device("00:01.0");
        (graphics.VendorId, graphics.DeviceId, graphics.ClassCode).ShouldBe(((ushort?)0x1e5b, (ushort?)0x0301, (uint?)0x030000));
        graphics.Description.ShouldBe("VGA compatible controller: Example Graphics Inc. EG300 [Aurora 300]");
        read.Device("00:11.0").ClassCode.ShouldBe(0x010601u);
        read.Device("00:12.0").VendorId.ShouldBe((ushort)0x1f1f);
    }

    [Fact]
    public void Read_EveryBarShape_KeepsOwnSizedBarsOnly()
    {
        var read = Fixture("p2-nn-vvv-shapes.txt");

        read.Device("00:01.0").Bars.ShouldBe(
            [MemoryBar(0, 0xf6000000, 16 << 20, false, false), MemoryBar(1, 0xe0000000, 256 << 20, true, true), MemoryBar(3, 0xf0000000, 32 << 20, true, true), IoBar(5, 0xe000, 128)]);
        read.Device("00:01.1").Bars.ShouldBe([IoBar(4, 0xc000, 16)]);
        read.Device("00:11.0").Bars.ShouldBe([IoBar(0, 0xc010, 8), IoBar(3, null, 4, disabled: true), MemoryBar(5, 0xf7300000, 1024, false, false)]);
        read.Device("00:12.0").Bars.ShouldBe(
            [MemoryBar(0, 0xf7310000, 16 << 10, true, false, disabled: true), MemoryBar(2, null, 1 << 20, true, true, disabled: true),
             MemoryBar(4, 0xf7320000, 4 << 10, false, false), MemoryBar(5, 0xd0000, 64 << 10, false, false)]);
        read.Device("00:14.0").Bars.ShouldBe([MemoryBar(0, 0xf7400000, 4 << 10, false, false)]);
    }

    [Fact]
    public void Read_BarsWithoutSize_WarnedWithTheirLines()
    {
        var warnings = Fixture("p2-nn-vvv-shapes.txt").Warnings;

        warnings.Select(w => (w.Code, w.Line)).ShouldBe([("lspci-bar-skipped", 28), ("lspci-bar-skipped", 29)]);
        warnings[0].Message.ShouldContain("0000:00:11.0");
    }

    [Fact]
    public void Read_NumbersOnly_IdsAndClassCodeWithoutDescription()
    {
        var read = Fixture("p3-vvn-numbers.txt");

        var usb = read.Device("00:01.2");
        (usb.VendorId, usb.DeviceId, usb.ClassCode, usb.Description).ShouldBe(((ushort?)0x1e5a, (ushort?)0x7020, (uint?)0x0c0320, (string?)null));
        read.Device("00:00.0").ClassCode.ShouldBe(0x060000u);
    }

    [Fact]
    public void Read_VerboseOnce_NoIndicesAndNumaFromFlags()
    {
        var read = Fixture("p4-v-flags-numa.txt");

        read.Devices.Select(d => d.NumaNode).ShouldBe([0, 1, 1]);
        read.Device("3b:00.0").Bars.ShouldBe(
            [MemoryBar(null, 0x387fff000000, 16 << 20, true, true), IoBar(null, 0x7000, 32), MemoryBar(null, 0x387ffe800000, 16 << 10, true, true)]);
    }
}
