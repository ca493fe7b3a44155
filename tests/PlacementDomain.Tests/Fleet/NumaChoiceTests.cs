using Placement.Domain.Layout;
using static Placement.Domain.Tests.Fleet.FleetBuilders;

namespace Placement.Domain.Tests.Fleet;

/// <summary>NUMA nodes in the choice: preferred when free, required with sameNumaNode; an unknown node is on none.</summary>
public sealed class NumaChoiceTests
{
    private const string GpuNode0 = "0000:17:00.0";
    private const string GpuNode1 = "0000:ca:00.0";
    private const string NicNode1 = "0000:98:00.0";

    [Fact]
    public void Of_GpuAndNic_GpuOnTheNicsNodeRatherThanTheLowestAddress()
    {
        var host = GpuHost([Gpu(GpuNode0, numa: 0), Gpu(GpuNode1, numa: 1), Nic(NicNode1, numa: 1)]);

        Place(Gpus(), Nics()).Fit(On("xen-1", host)).Addresses().ShouldBe([GpuNode1, NicNode1]);
    }

    [Fact]
    public void Of_TwoGpusOneFreeOnEachNodeAndTwoOnTheOther_BothOnOneNode()
    {
        var host = GpuHost([Gpu(GpuNode0, numa: 0), Gpu("0000:b1:00.0", numa: 1), Gpu(GpuNode1, numa: 1)]);

        Place(Gpus(2)).Fit(On("xen-1", host)).Addresses().ShouldBe(["0000:b1:00.0", GpuNode1]);
    }

    [Fact]
    public void Of_NodeOnlyAGpuWithItsRmrrInGuestRamShares_FewerFindingsBeforeTheNode()
    {
        var host = GpuHost([Gpu(GpuNode0, numa: 0), Gpu(GpuNode1, numa: 1), Nic(NicNode1, numa: 1)], StolenMemory(GpuNode1));

        Place(Gpus(1, RdmPolicy.Relaxed), Nics()).Fit(On("xen-1", host)).Addresses().ShouldBe([GpuNode0, NicNode1]);
    }

    [Fact]
    public void Of_SameNumaNodeAndAGpuOnTheNicsNode_BothOnThatNode()
    {
        var host = GpuHost([Gpu(GpuNode0, numa: 0), Gpu(GpuNode1, numa: 1), Nic(NicNode1, numa: 1)], StolenMemory(GpuNode1));

        Place(Gpus(1, RdmPolicy.Relaxed), Nics()).WithSameNumaNode().Fit(On("xen-1", host)).Addresses().ShouldBe([GpuNode1, NicNode1]);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(null, 1)]
    [InlineData(null, null)]
    public void Of_SameNumaNodeAndNoCommonKnownNode_NoMatchingDevice(int? gpuNode, int? nicNode)
    {
        var host = GpuHost([Gpu(GpuNode0, gpuNode), Nic(NicNode1, nicNode)]);

        Place(Gpus(), Nics()).WithSameNumaNode().Fit(On("xen-1", host)).Codes().ShouldBe([FindingCodes.NoMatchingDevice]);
    }

    [Fact]
    public void Of_SameNumaNodeWithOneDeviceOfUnknownNode_NoMatchingDevice()
    {
        var host = GpuHost([Gpu(GpuNode0, numa: null)]);

        Place(Gpus()).WithSameNumaNode().Fit(On("xen-1", host)).Codes().ShouldBe([FindingCodes.NoMatchingDevice]);
    }

    [Fact]
    public void Of_NodesUnknown_LowestAddress()
    {
        var host = GpuHost([Gpu(GpuNode1, numa: null), Gpu(GpuNode0, numa: null)]);

        Place(Gpus()).Fit(On("xen-1", host)).Addresses().ShouldBe([GpuNode0]);
    }

    [Fact]
    public void Of_SameNumaNodeWithoutDeviceRequests_Candidate() =>
        Place().WithSameNumaNode().Fit(On("xen-1", GpuHost([]))).Candidate().Devices.ShouldBeEmpty();
}
