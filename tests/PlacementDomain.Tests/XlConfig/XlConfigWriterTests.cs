using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;
using Placement.Domain.XlConfig;
using static Placement.Domain.Tests.XlConfig.XlFixtures;

namespace Placement.Domain.Tests.XlConfig;

/// <summary>From a domain's request and layout to the xl.cfg lines that build that layout on current xl.</summary>
public sealed class XlConfigWriterTests
{
    private static readonly DeviceRequest Gpu = new(PciAddress.Parse("0000:01:00.0"));
    private static readonly AddressRange HostRegion = new(new PhysicalAddress(0x7d00_0000), new PhysicalAddress(0x7f80_0000));

    [Fact]
    public void Write_ImportedRequest_ReimportsToTheSameRequest()
    {
        var first = Imported(Text("c7-round-trip.cfg"));

        var text = XlConfigWriter.Write(first.Name!, first.Request, Layout(512));
        var second = Imported(text);

        second.Name.ShouldBe(first.Name);
        second.Request.Devices.ShouldBe(first.Request.Devices);
        (second.Request with { Devices = first.Request.Devices }).ShouldBe(first.Request);
        second.Notes.Select(n => n.Code).ShouldBe(["rdm-policy-undefined"]);
        first.Notes.Select(n => n.Code).ShouldBe(["rdm-policy-undefined"]);
    }

    [Fact]
    public void Write_Request_EverySetting()
    {
        var request = new X86Request(4096, [Gpu with { Policy = RdmPolicy.Relaxed }], 16, false, 768, Firmware: GuestFirmware.Ovmf)
        {
            MaxMemMiB = 4096,
            Passthrough = true,
            Emulated = new EmulatedDevices(VgaModel.StdVga, false, [NicModel.E1000, NicModel.Rtl8139]),
        };

        XlConfigWriter.Write("vm1", request, Layout(768)).Split('\n').Where(l => !l.StartsWith('#')).ShouldBe([
            "name = \"vm1\"", "type = \"hvm\"", "memory = 4096", "maxmem = 4096", "vga = \"stdvga\"", "videoram = 16", "hap = 0",
            "bios = \"ovmf\"", "xen_platform_pci = 0", "passthrough = \"enabled\"", "vif = [ 'model=e1000', 'model=rtl8139' ]",
            "mmio_hole = 768", "rdm_mem_boundary = 2048", "pci = [", "    '0000:01:00.0,rdm_policy=relaxed',", "]", "",
        ]);
    }

    [Fact]
    public void Write_HostStrategyNothingDropped_StrategyAloneAndEveryDevicePolicy()
    {
        var request = new X86Request(2048, [Gpu], Strategy: RdmStrategy.Host);

        var text = XlConfigWriter.Write("vm", request, Layout(256, new RdmEntry(HostRegion, RdmPolicy.Relaxed, RdmSource.Host)));

        text.ShouldContain("\nrdm = \"strategy=host\"\n");
        text.ShouldContain("'0000:01:00.0,rdm_policy=strict',");
    }

    [Fact]
    public void Write_HostRegionDropped_PolicyKeptWithWarning()
    {
        var request = new X86Request(2048, [Gpu], Strategy: RdmStrategy.Host);

        var text = XlConfigWriter.Write("vm", request, Layout(256, new RdmEntry(HostRegion, RdmPolicy.Relaxed, RdmSource.Host, RdmStatus.Dropped)));

        text.ShouldContain("\nrdm = \"strategy=host,policy=relaxed\"\n");
        text.ShouldContain("drops this line");
    }

    [Fact]
    public void Write_GlobalPolicyWithStrategyIgnore_NoRdmLineAndPolicyInDevices()
    {
        var request = new X86Request(2048, [Gpu], GlobalPolicy: RdmPolicy.Relaxed);

        var text = XlConfigWriter.Write("vm", request, Layout(256));

        text.ShouldNotContain("\nrdm =");
        text.ShouldContain("'0000:01:00.0,rdm_policy=relaxed',");
    }

    [Fact]
    public void Write_DefaultPolicyStrategyIgnore_NoDevicePolicy()
    {
        var text = XlConfigWriter.Write("vm", new X86Request(2048, [Gpu]), Layout(256));

        text.ShouldContain("    '0000:01:00.0',\n");
        text.ShouldContain("\nmmio_hole = 256\n");
        text.ShouldContain("smallest MMIO hole");
    }

    [Theory]
    [InlineData(1024UL, "mmio_hole = 1024", "the domain was built with 256 MiB")]
    [InlineData(null, "mmio_hole = 256", "no hole up to 3840 MiB")]
    public void Write_NeededHoleDiffersFromBuilt_NeededHoleWhenThereIsOneAndComment(ulong? needed, string line, string comment)
    {
        var text = XlConfigWriter.Write("vm", new X86Request(2048, [Gpu]), Layout(needed));

        text.ShouldContain($"\n{line}\n");
        text.ShouldContain(comment);
    }

    [Fact]
    public void Write_ExplicitStrategy_RangesInComments()
    {
        var request = new X86Request(2048, [], Strategy: RdmStrategy.Explicit) { Reserve = [HostRegion] };

        var text = XlConfigWriter.Write("vm", request, Layout(256, new RdmEntry(HostRegion, RdmPolicy.Relaxed, RdmSource.Explicit)));

        text.ShouldContain("#   0x7d000000-0x7f800000 (end exclusive), policy relaxed");
        text.ShouldNotContain("\nrdm =");
    }

    private static DomainLayout Layout(ulong? needed, params RdmEntry[] rdms) =>
        new(new RamLayout(new PhysicalAddress(0x8000_0000), null), new PhysicalAddress(0xf000_0000), [], [], rdms, []) { MmioHoleMiBNeeded = needed };
}
