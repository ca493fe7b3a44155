using Placement.Domain.Imports.Host;

namespace Placement.Domain.Tests.Imports.Host;

public class XlInfoTextTests
{
    private const string Info = """
        host                   : xen-r12-01
        release                : 6.1.0-18-amd64
        machine                : x86_64
        nr_cpus                : 8
        total_memory           : 65430
        free_memory            : 1200
        virt_caps              : pv hvm hvm_directio pv_directio hap shadow
        xen_version            : 4.17.3
        """;

    [Fact]
    public void Read_XlInfo_GivesTotalMemoryMachineAndDirectIo() =>
        XlInfoText.Read(Info).ShouldBeOfType<HostFileRead<XlInfo>>().Value.ShouldBe(new XlInfo(65430, "x86_64", true));

    [Theory]
    [InlineData("virt_caps : pv hvm hap shadow", false)]
    [InlineData("virt_caps : pv hvm pv_directio", false)]
    [InlineData("virt_caps : hvm hvm_directio", true)]
    [InlineData("nr_cpus : 4", false)]
    public void Read_VirtCaps_DirectIoOnlyWithHvmDirectio(string capsLine, bool expected) =>
        XlInfoText.Read($"total_memory : 4096\n{capsLine}\n").ShouldBeOfType<HostFileRead<XlInfo>>().Value.DirectIo.ShouldBe(expected);

    [Fact]
    public void Read_NoMachineLine_MachineNull() =>
        XlInfoText.Read("total_memory : 4096\n").ShouldBeOfType<HostFileRead<XlInfo>>().Value.Machine.ShouldBeNull();

    [Theory]
    [InlineData("host : a\nfree_memory : 10\n", 1, "xl-info-no-total-memory")]
    [InlineData("host : a\ntotal_memory : 4 GiB\n", 2, "xl-info-bad-total-memory")]
    [InlineData("total_memory : 0\n", 1, "xl-info-bad-total-memory")]
    public void Read_NoUsableTotalMemory_UnreadableAtItsLine(string text, int line, string code)
    {
        var failure = XlInfoText.Read(text).ShouldBeOfType<HostFileUnreadable<XlInfo>>().Failure;

        failure.Line.ShouldBe(line);
        failure.Code.ShouldBe(code);
    }
}
