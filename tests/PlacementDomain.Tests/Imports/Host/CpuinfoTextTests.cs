using Placement.Domain.Imports.Host;
using Placement.Domain.Inventory;

namespace Placement.Domain.Tests.Imports.Host;

public class CpuinfoTextTests
{
    [Theory]
    [InlineData("processor\t: 0\nvendor_id\t: GenuineIntel\naddress sizes\t: 46 bits physical, 48 bits virtual\n", 46)]
    [InlineData("processor\t: 0\nvendor_id\t: AuthenticAMD\naddress sizes\t: 48 bits physical, 48 bits virtual\n\nprocessor\t: 1\naddress sizes\t: 40 bits physical, 48 bits virtual\n", 48)]
    public void Read_X86_GivesPhysicalAddressBitsOfTheFirstProcessor(string text, int bits) =>
        CpuinfoText.Read(text).ShouldBeOfType<HostFileRead<CpuFacts>>().Value.ShouldBe(new CpuFacts(CpuArchitecture.X64, bits));

    [Fact]
    public void Read_X86WithoutAddressSizes_BitsNull() =>
        CpuinfoText.Read("vendor_id : GenuineIntel\n").ShouldBeOfType<HostFileRead<CpuFacts>>().Value.ShouldBe(new CpuFacts(CpuArchitecture.X64, null));

    [Fact]
    public void Read_Arm64_Arm64WithoutBits() =>
        CpuinfoText.Read("processor\t: 0\nBogoMIPS\t: 50.00\nFeatures\t: fp asimd\nCPU implementer\t: 0x41\n")
            .ShouldBeOfType<HostFileRead<CpuFacts>>().Value.ShouldBe(new CpuFacts(CpuArchitecture.Arm64, null));

    [Theory]
    [InlineData("processor : 0\n", 1, "cpuinfo-unknown")]
    [InlineData("vendor_id : GenuineIntel\naddress sizes : 46 bits virtual\n", 2, "cpuinfo-bad-address-sizes")]
    [InlineData("vendor_id : GenuineIntel\naddress sizes : many bits physical\n", 2, "cpuinfo-bad-address-sizes")]
    public void Read_Unrecognised_UnreadableAtItsLine(string text, int line, string code)
    {
        var failure = CpuinfoText.Read(text).ShouldBeOfType<HostFileUnreadable<CpuFacts>>().Failure;

        failure.Line.ShouldBe(line);
        failure.Code.ShouldBe(code);
    }
}
