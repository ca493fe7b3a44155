using Placement.Domain.Arm;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Arm.ArmPlatforms;

namespace Placement.Domain.Tests.Arm;

public sealed class ArmPlannerTests
{
    [Fact]
    public void StaticDirectMap_KeepsTheOperatorsBanks_AndSeesTheHostsGicAndConsole()
    {
        var plan = ArmPlanner.Plan(Host(), Request(512, Static(R(0x80000000, 0x90000000), R(0x50000000, 0x60000000))), HostUsage.None, "vm-1");

        plan.Feasible.ShouldBeTrue();
        plan.Findings.ShouldBeEmpty();
        plan.Layout.DirectMapped.ShouldBeTrue();
        plan.Layout.Banks.ShouldBe([R(0x50000000, 0x60000000), R(0x80000000, 0x90000000)]);
        plan.Layout.StaticBanks.ShouldBe(plan.Layout.Banks);
        ShouldBe(plan.Layout.Gic, GicVersion.V2, GicV2.Distributor, GicV2.CpuInterface, []);
        plan.Layout.Console.ShouldBe(new Vpl011(HostConsole.Range, 33));
        plan.Layout.DeviceTree.ShouldBe("""
            chosen {
                #address-cells = <0x2>;
                #size-cells = <0x2>;

                vm-1 {
                    compatible = "xen,domain";
                    #address-cells = <0x2>;
                    #size-cells = <0x2>;
                    memory = <0x0 0x80000>;
                    cpus = <0x2>;
                    vpl011;
                    direct-map;
                    xen,static-mem = <0x0 0x50000000 0x0 0x10000000 0x0 0x80000000 0x0 0x10000000>;
                };
            };

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void OrdinaryDomain_GetsXensGuestBanksGicAndConsole()
    {
        var plan = ArmPlanner.Plan(Host(), Request(1024, Ordinary()), HostUsage.None, "vm-1");

        plan.Feasible.ShouldBeTrue();
        plan.Layout.DirectMapped.ShouldBeFalse();
        plan.Layout.Banks.ShouldBe([R(0x40000000, 0x80000000)]);
        plan.Layout.StaticBanks.ShouldBeEmpty();
        ShouldBe(plan.Layout.Gic, GicVersion.V2, R(0x03001000, 0x03002000), R(0x03002000, 0x03004000), []);
        plan.Layout.Console.ShouldBe(new Vpl011(R(0x22000000, 0x22001000), 32));
        plan.Layout.DeviceTree.ShouldNotContain("direct-map");
        plan.Layout.DeviceTree.ShouldContain("memory = <0x0 0x100000>;");
    }

    [Fact]
    public void OrdinaryDomain_AboveThreeGiB_ContinuesInTheSecondGuestBank()
    {
        var big = Host() with { Memory = ByteSize.FromMiB(8192) };
        big = big with { Arm = big.Arm! with { MemoryBanks = [R(0x40000000, 0x240000000)] } };

        var plan = ArmPlanner.Plan(big, Request(4096, Ordinary()), HostUsage.None, null);

        plan.Layout.Banks.ShouldBe([R(0x40000000, 0x100000000), R(0x200000000, 0x240000000)]);
    }

    [Fact]
    public void StaticBank_OverTheFirmwareRegion_IsRefusedNamingThePart()
    {
        var plan = ArmPlanner.Plan(Host(), Request(32, Static(R(0xBE000000, 0xC0000000))), HostUsage.None, null);

        plan.Feasible.ShouldBeFalse();
        var finding = plan.Findings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.StaticMemoryNotRam);
        finding.Range.ShouldBe(Firmware);
    }

    [Fact]
    public void StaticBank_OutsideRam_IsRefused()
    {
        var plan = ArmPlanner.Plan(Host(), Request(16, Static(R(0x3F000000, 0x40000000))), HostUsage.None, null);

        plan.Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.StaticMemoryNotRam);
    }

    [Fact]
    public void StaticBank_HeldByAnotherDomain_IsBusy()
    {
        var usage = Holding(Other, 256, R(0x50000000, 0x60000000));

        var plan = ArmPlanner.Plan(Host(), Request(128, Static(R(0x58000000, 0x60000000))), usage, null);

        var finding = plan.Findings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.StaticMemoryBusy);
        finding.Message.ShouldContain(Other.ToString());
        finding.Range.ShouldBe(R(0x50000000, 0x60000000));
    }

    [Fact]
    public void StaticBank_NextToAnotherDomainsBank_IsFree()
    {
        var usage = Holding(Other, 256, R(0x50000000, 0x60000000));

        ArmPlanner.Plan(Host(), Request(256, Static(R(0x60000000, 0x70000000))), usage, null).Feasible.ShouldBeTrue();
    }

    [Fact]
    public void OrdinaryDomain_LargerThanTheHeap_IsInsufficientMemory()
    {
        // 2 GiB of RAM less the 16 MiB firmware region, less a 1008 MiB pool: 1024 MiB of heap.
        var host = Host(pool: [R(0x80000000, 0xBF000000)]);

        ArmPlanner.Plan(host, Request(1024, Ordinary()), HostUsage.None, null).Feasible.ShouldBeTrue();
        var plan = ArmPlanner.Plan(host, Request(1025, Ordinary()), HostUsage.None, null);
        plan.Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.InsufficientMemory);
        plan.Findings[0].Message.ShouldContain("has 1024 MiB free");
    }

    [Fact]
    public void BanksLeftByDestroyedDomains_StayOutOfTheHeap()
    {
        var usage = HostUsage.None with { RetainedBanks = [R(0x40000000, 0x80000000)] };

        var plan = ArmPlanner.Plan(Host(), Request(1024, Ordinary()), usage, null);

        plan.Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.InsufficientMemory);
        plan.Findings[0].Message.ShouldContain("has 1008 MiB free");
    }

    [Fact]
    public void StaticBanks_ThatWouldStarveOrdinaryDomains_AreInsufficientMemory()
    {
        // Ordinary domains hold 1500 MiB of the 2032 MiB heap; 768 MiB of static banks would leave 1264.
        var usage = HostUsage.None with { Memory = ByteSize.FromMiB(1500) };

        var plan = ArmPlanner.Plan(Host(), Request(768, Static(R(0x40000000, 0x70000000))), usage, null);

        plan.Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.InsufficientMemory);
        plan.Findings[0].Message.ShouldBe("These banks would leave the heap 1264 MiB, and the host's ordinary domains hold 1500 MiB of it.");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(128)]
    public void GicV3_Ordinary_GetsXensSixteenMiBGuestRedistributorRegion_WhateverItsVcpus(int vcpus)
    {
        var gic = new Gic(GicVersion.V3, R(0x8000000, 0x8010000), null, [R(0x80a0000, 0x81a0000)]);

        var plan = ArmPlanner.Plan(Host(gic: gic), Request(256, Ordinary(vcpus)), HostUsage.None, null);

        ShouldBe(plan.Layout.Gic, GicVersion.V3, R(0x03001000, 0x03011000), null, [R(0x03020000, 0x04020000)]);
    }

    [Fact]
    public void Auto_TakesTheLowestBlockWithoutAPool_AndThePoolsWhenThereIsOne()
    {
        ArmPlanner.Plan(Host(), Request(256, Auto()), HostUsage.None, null).Layout.Banks.ShouldBe([R(0x40000000, 0x50000000)]);

        var plan = ArmPlanner.Plan(Host(pool: [R(0x80000000, 0xA0000000)]), Request(256, Auto()), HostUsage.None, "vm-1");

        plan.Feasible.ShouldBeTrue();
        plan.Layout.Banks.ShouldBe([R(0x80000000, 0x90000000)]);
        plan.Layout.DeviceTree.ShouldContain("xen,static-mem = <0x0 0x80000000 0x0 0x10000000>;");
    }

    [Fact]
    public void Auto_GoesAroundBanksOtherDomainsHold()
    {
        var usage = Holding(Other, 256, R(0x40000000, 0x50000000));

        ArmPlanner.Plan(Host(), Request(256, Auto()), usage, null).Layout.Banks.ShouldBe([R(0x50000000, 0x60000000)]);
    }

    [Fact]
    public void Auto_MoreThanTheHostHas_IsInsufficientContiguousMemoryNamingTheLargestBlock()
    {
        var plan = ArmPlanner.Plan(Host(), Request(4096, Auto()), HostUsage.None, null);

        plan.Feasible.ShouldBeFalse();
        plan.Layout.Banks.ShouldBeEmpty();
        var finding = plan.Findings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.InsufficientContiguousMemory);
        finding.Range.ShouldBe(R(0x40000000, 0xBF000000));
    }

    [Fact]
    public void Fragmentation_CountsFreeBlocksAroundHeldBanks_AndTheHeapWithoutRetainedOnes()
    {
        var usage = Holding(Other, 256 + 512, R(0x50000000, 0x60000000)) with { RetainedBanks = [R(0x40000000, 0x48000000)] };

        var report = HostFragmentation.Of(Host(pool: [R(0x80000000, 0xA0000000)]), usage);

        // The pool's edges cut blocks: a bank never spans them. Of the two largest, the lowest.
        report.Free.ShouldBe(new FragmentationReport(ByteSize.FromMiB(2032 - 256), R(0x60000000, 0x80000000), 4));
        report.Pool.ShouldBe(new FragmentationReport(ByteSize.FromMiB(512), R(0x80000000, 0xA0000000), 1));
        report.HeapCapacity.ShouldBe(ByteSize.FromMiB(2032 - 512 - 256 - 128));
        report.HeapUsed.ShouldBe(ByteSize.FromMiB(512));
        report.HeapFree.ShouldBe(ByteSize.FromMiB(2032 - 512 - 256 - 128 - 512));
    }

    [Theory]
    [InlineData(8, true)]
    [InlineData(9, false)]
    public void GicV2_ServesAtMostEightVcpus(int vcpus, bool feasible)
    {
        var plan = ArmPlanner.Plan(Host(), Request(256, Ordinary(vcpus)), HostUsage.None, null);

        plan.Feasible.ShouldBe(feasible);
        plan.Findings.Select(f => f.Code).ShouldBe(feasible ? [] : [FindingCodes.TooManyVcpus]);
    }

    [Theory]
    [InlineData(true, 16, true)]
    [InlineData(true, 17, false)]
    [InlineData(false, 64, true)]
    public void GicV3_DirectMapped_NeedsAHostRedistributorPerVcpu(bool directMap, int vcpus, bool feasible)
    {
        // Two regions: 8 and 8 CPUs' frames.
        var gic = new Gic(GicVersion.V3, R(0x8000000, 0x8010000), null, [R(0x80a0000, 0x81a0000), R(0x9000000, 0x9100000)]);
        var options = new ArmOptions(vcpus, directMap, false, directMap ? MemoryAllocation.Static : MemoryAllocation.Auto, directMap ? [R(0x50000000, 0x60000000)] : []);

        var plan = ArmPlanner.Plan(Host(gic: gic), Request(256, options), HostUsage.None, null);

        plan.Feasible.ShouldBe(feasible);
        if (!feasible)
        {
            plan.Findings.ShouldHaveSingleItem().Message.ShouldBe(
                "The host's GICv3 redistributor regions hold 16 CPUs (128 KiB each); the direct-mapped domain has 17 vCPUs.");
        }
    }

    private static void ShouldBe(GuestGic gic, GicVersion version, AddressRange distributor, AddressRange? cpuInterface, AddressRange[] redistributors)
    {
        gic.Version.ShouldBe(version);
        gic.Distributor.ShouldBe(distributor);
        gic.CpuInterface.ShouldBe(cpuInterface);
        gic.Redistributors.ShouldBe(redistributors);
    }
}
