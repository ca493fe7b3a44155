using Placement.Domain.Imports.Host;

namespace Placement.Domain.Tests.Imports.Host;

public class MeminfoTextTests
{
    [Theory]
    [InlineData("MemTotal:       16384000 kB\nMemFree:         1000 kB\n", 16000UL)]
    [InlineData("MemTotal: 1048575 kB\n", 1023UL)] // rounded down: a MiB short of 1 GiB
    [InlineData("MemFree: 5 kB\r\nMemTotal:\t2048 kB\r\n", 2UL)]
    public void Read_MemTotal_GivesWholeMiB(string text, ulong expected) =>
        MeminfoText.Read(text).ShouldBeOfType<HostFileRead<ulong>>().Value.ShouldBe(expected);

    [Theory]
    [InlineData("MemFree: 5 kB\n", 1, "meminfo-no-total")]
    [InlineData("MemFree: 5 kB\nMemTotal: 16384000\n", 2, "meminfo-bad-total")]
    [InlineData("MemTotal: 16384000 MB\n", 1, "meminfo-bad-total")]
    [InlineData("MemTotal: -4 kB\n", 1, "meminfo-bad-total")]
    [InlineData("MemTotal: 1023 kB\n", 1, "meminfo-bad-total")]
    public void Read_NoUsableMemTotal_UnreadableAtItsLine(string text, int line, string code)
    {
        var failure = MeminfoText.Read(text).ShouldBeOfType<HostFileUnreadable<ulong>>().Failure;

        failure.Line.ShouldBe(line);
        failure.Code.ShouldBe(code);
    }
}
