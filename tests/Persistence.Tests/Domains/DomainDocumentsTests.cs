using Placement.Domain.Arm;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Persistence.Domains;

namespace Placement.Persistence.Tests.Domains;

/// <summary>A domain's stored request keeps the inputs of strategies explicit and pool and the arm settings, and reads documents written before them.</summary>
public sealed class DomainDocumentsTests
{
    private static readonly AddressRange[] Ranges =
        [new(new PhysicalAddress(0x90000000), new PhysicalAddress(0x90004000)), new(new PhysicalAddress(0x1000), new PhysicalAddress(0x3000))];

    public static TheoryData<string> Pools => ["named", "labelled"];

    [Fact]
    public void WriteThenRead_Explicit_RegionsAsGiven()
    {
        var request = new X86Request(2048, new List<DeviceRequest>(), Strategy: RdmStrategy.Explicit, GlobalPolicy: RdmPolicy.Strict) { Reserve = Ranges.ToList() };

        var read = DomainDocuments.ReadRequest(DomainDocuments.Write(request)).ShouldBeOfType<X86Request>();

        read.ShouldBeEquivalentTo(request);
        read.Pool.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Pools))]
    public void WriteThenRead_Pool_HostsOrLabelAndResolvedRanges(string kind)
    {
        var pool = kind == "named" ? RdmPool.Named(new List<HostName> { HostName.Parse("xen-a"), HostName.Parse("xen-b") }) : RdmPool.Labelled("rack=r12");
        var request = new X86Request(2048, new List<DeviceRequest>(), Strategy: RdmStrategy.Pool) { Reserve = Ranges.ToList(), Pool = pool };

        var read = DomainDocuments.ReadRequest(DomainDocuments.Write(request));

        read.ShouldBeEquivalentTo(request);
    }

    [Fact]
    public void Read_DocumentWrittenBeforeStrategies_NoRangesNoPool()
    {
        var read = DomainDocuments.ReadRequest("""
            { "memoryMiB": 4096, "videoRamMiB": 8, "hap": true, "mmioHoleMiB": null, "strategy": "host", "policy": "relaxed",
              "rdmMemBoundaryMiB": 2048, "firmware": "seabios", "devices": [ { "sbdf": "0000:00:02.0", "rdmPolicy": null } ] }
            """).ShouldBeOfType<X86Request>();

        (read.Strategy, read.Reserve.Count, read.Pool).ShouldBe((RdmStrategy.Host, 0, (RdmPool?)null));
        read.Devices.ShouldHaveSingleItem();
    }

    [Fact]
    public void WriteThenRead_ArmRequestAndLayout_AsGiven()
    {
        var options = new ArmOptions(4, true, true, MemoryAllocation.Static, Ranges.ToList());
        var request = new ArmRequest(16, new List<DeviceRequest>(), options);
        var gic = new GuestGic(GicVersion.V3, Ranges[0], null, Ranges.ToList());
        var layout = new ArmLayout(true, Ranges.ToList(), gic, new Vpl011(Ranges[1], 33), "vm-1 {\n};\n");

        var readRequest = DomainDocuments.ReadRequest(DomainDocuments.Write(request));
        var read = DomainDocuments.ReadLayout(DomainDocuments.Write(layout), readRequest).ShouldBeOfType<ArmLayout>();

        readRequest.ShouldBeOfType<ArmRequest>().Options.ShouldBeEquivalentTo(options);
        read.ShouldBeEquivalentTo(layout);
    }

    [Fact]
    public void WriteThenRead_ArmWithoutVpl011_NoConsole()
    {
        var options = new ArmOptions(1, false, false, MemoryAllocation.Auto, [], Vpl011: false);
        var request = new ArmRequest(16, new List<DeviceRequest>(), options);
        var layout = new ArmLayout(false, Ranges.ToList(), new GuestGic(GicVersion.V2, Ranges[0], Ranges[1], new List<AddressRange>()), null, "chosen {\n};\n");

        var readRequest = DomainDocuments.ReadRequest(DomainDocuments.Write(request));
        var read = DomainDocuments.ReadLayout(DomainDocuments.Write(layout), readRequest).ShouldBeOfType<ArmLayout>();

        readRequest.ShouldBeOfType<ArmRequest>().Options.Vpl011.ShouldBeFalse();
        read.Console.ShouldBeNull();
        read.ShouldBeEquivalentTo(layout);
    }

    [Fact]
    public void Read_ArmDocumentWrittenBeforeVpl011_HasAVpl011()
    {
        var read = DomainDocuments.ReadRequest("""
            { "memoryMiB": 256, "videoRamMiB": 8, "hap": true, "mmioHoleMiB": null, "strategy": "ignore", "policy": null,
              "rdmMemBoundaryMiB": 2048, "firmware": "seabios", "devices": [],
              "arm": { "vcpus": 2, "directMap": true, "trusted": false, "allocation": "auto", "staticMemory": [] } }
            """).ShouldBeOfType<ArmRequest>();

        (read.Options.Vcpus, read.Options.DirectMap, read.Options.Vpl011).ShouldBe((2, true, true));
    }

    [Fact]
    public void ReadLayout_X86Request_ReadsTheHvmLayout()
    {
        var request = new X86Request(2048, new List<DeviceRequest>());
        var plan = LayoutPlanner.Plan(new HostInventory(CpuArchitecture.X64, ByteSize.FromMiB(8192), 40, true, new Dictionary<string, string>(), [], []), request);

        var read = DomainDocuments.ReadLayout(DomainDocuments.Write((GuestLayout)plan.Layout!), request);

        read.ShouldBeOfType<DomainLayout>().ShouldBeEquivalentTo(plan.Layout);
    }
}
