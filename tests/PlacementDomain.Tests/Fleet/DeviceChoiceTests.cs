using Placement.Domain.Fleet;
using Placement.Domain.Layout;
using static Placement.Domain.Tests.Assignment.AssignmentBuilders;
using static Placement.Domain.Tests.Fleet.FleetBuilders;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Fleet;

/// <summary>Which devices of a host a placement chooses (product: "Placement"): fewest findings, no regions, one NUMA node, lowest address.</summary>
public sealed class DeviceChoiceTests
{
    private const string Gpu2 = "0000:65:00.0";
    private const string Gpu3 = "0000:ca:00.0";
    private const string Gpu4 = "0000:e3:00.0";

    [Theory]
    [InlineData(RdmPolicy.Strict)]
    [InlineData(RdmPolicy.Relaxed)]
    public void Of_TwinGpusOneRmrrInGuestRam_ChoosesTheOtherEvenAtAHigherAddress(RdmPolicy policy)
    {
        var host = GpuHost([Gpu(Gpu1), Gpu(Gpu2)], StolenMemory(Gpu1), HarmlessRegion(Gpu2));

        var candidate = Place(Gpus(1, policy)).Fit(On("xen-1", host)).Candidate();

        candidate.Devices.ShouldBe([new ChosenDevice("gpu", Sbdf(Gpu2), policy)]);
        candidate.Plan.Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Of_OnlyTheGpuWithItsRmrrInGuestRamUnderStrict_RejectedForRdmConflict()
    {
        var host = GpuHost([Gpu(Gpu1)], StolenMemory(Gpu1));

        Place(Gpus(1, RdmPolicy.Strict)).Fit(On("xen-1", host)).Codes().ShouldBe([FindingCodes.RdmConflict]);
    }

    [Fact]
    public void Of_OnlyTheGpuWithItsRmrrInGuestRamUnderRelaxed_CandidateWithTheWarning()
    {
        var host = GpuHost([Gpu(Gpu1)], StolenMemory(Gpu1));

        var candidate = Place(Gpus(1, RdmPolicy.Relaxed)).Fit(On("xen-1", host)).Candidate();

        candidate.Plan.Findings.Select(f => (f.Severity, f.Code)).ShouldBe([(Severity.Warning, FindingCodes.RdmConflictIgnored)]);
        (candidate.Warnings, candidate.Outcome).ShouldBe((1, AssignmentOutcome.AssignedWithWarnings));
    }

    [Fact]
    public void Of_GpuWithHarmlessRegionAndOneWithout_ChoosesTheOneWithoutRegions()
    {
        var host = GpuHost([Gpu(Gpu1), Gpu(Gpu2)], HarmlessRegion(Gpu1));

        Place(Gpus()).Fit(On("xen-1", host)).Addresses().ShouldBe([Gpu2]);
    }

    [Fact]
    public void Of_IdenticalGpusWithoutRegions_LowestAddressesInAddressOrder()
    {
        var host = GpuHost([Gpu(Gpu4), Gpu(Gpu2), Gpu(Gpu3), Gpu(Gpu1)]);

        Place(Gpus(2)).Fit(On("xen-1", host)).Addresses().ShouldBe([Gpu1, Gpu2]);
    }

    [Fact]
    public void Of_GpusHeldByLiveDomains_TheFreeOneIsChosen()
    {
        var host = GpuHost([Gpu(Gpu1), Gpu(Gpu2), Gpu(Gpu3)]);

        Place(Gpus()).Fit(On("xen-1", host, Owned((Gpu1, OtherDomain), (Gpu2, ThisDomain)))).Addresses().ShouldBe([Gpu3]);
    }

    [Fact]
    public void Of_EveryMatchingGpuHeld_NoMatchingDevice()
    {
        var host = GpuHost([Gpu(Gpu1), Gpu(Gpu2)]);

        Place(Gpus(2)).Fit(On("xen-1", host, Owned((Gpu1, OtherDomain)))).Codes().ShouldBe([FindingCodes.NoMatchingDevice]);
    }

    [Fact]
    public void Of_GpuBehindNoIommuAndOneBehindIt_ChoosesTheProtectedOne()
    {
        var host = GpuHost([Gpu(Gpu1) with { IommuProtected = false }, Gpu(Gpu2)]);

        Place(Gpus()).Fit(On("xen-1", host)).Addresses().ShouldBe([Gpu2]);
    }

    [Fact]
    public void Of_UsbControllersSharingAnRmrrUnderStrictAndAFreeOne_ChoosesTheFreeOne()
    {
        const string Ehci = "0000:00:1a.0";
        const string Xhci2 = "0000:00:14.0";
        const string Spare = "0000:00:1d.0";
        var host = GpuHost([Xhci(Ehci), Xhci(Xhci2), Xhci(Spare)], UsbRegion(Ehci, Xhci2));
        var usb = new DeviceWanted("usb", 1, null, null, ClassCodePrefix.Parse("0x0c03"), new Dictionary<string, string>(), RdmPolicy.Strict);

        Place(usb).Fit(On("xen-1", host)).Addresses().ShouldBe([Spare]);
    }

    [Fact]
    public void Of_TwoRequests_EachDeviceOnceAndInTheOrderOfTheRequests()
    {
        var host = GpuHost([Gpu(Gpu1), Nic("0000:98:00.0"), Gpu(Gpu2)]);
        var nic = new DeviceWanted("nic", 1, 0x15b3, null, null, new Dictionary<string, string>());

        var candidate = Place(nic, DeviceWanted.Any("any", 2)).Fit(On("xen-1", host)).Candidate();

        candidate.Devices.Select(d => (d.Request, d.Address.ToString())).ShouldBe([("nic", "0000:98:00.0"), ("any", Gpu1), ("any", Gpu2)]);
        candidate.Request.Devices.Select(d => d.Address).ShouldBe(candidate.Devices.Select(d => d.Address));
    }

    [Fact]
    public void Of_SpecificRequestAfterAGeneralOne_TheSpecificOneIsServedFirst()
    {
        var host = GpuHost([Igd(), Gpu(Gpu1)]);
        var display = new DeviceWanted("display", 1, null, null, ClassCodePrefix.Parse("0x03"), new Dictionary<string, string>());

        var candidate = Place(display, Gpus()).Fit(On("xen-1", host)).Candidate();

        candidate.Devices.Select(d => (d.Request, d.Address.ToString())).ShouldBe([("display", "0000:00:02.0"), ("gpu", Gpu1)]);
    }
}
