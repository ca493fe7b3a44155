namespace Placement.Agent.Tests;

public class InventoryOutputTests
{
    [Fact]
    public async Task Run_HostWithIommuAndDmar_PrintsDevicesAndRegionsOfPresentDevices()
    {
        using var tree = new HostTreeBuilder().Devices().Iommu("dmar0").File("sys/firmware/acpi/tables/DMAR", WorkstationHost.Dmar());

        var run = await AgentRun.StartAsync("--root", tree.Root);

        run.ExitCode.ShouldBe(0, run.Messages);
        run.Output.ShouldBe(WorkstationHost.Inventory(memoryMiB: 32000, iommu: true, regions: true));
    }

    [Fact]
    public async Task Run_HostWithIommuAndDmar_SaysWhatItLeftOut()
    {
        using var tree = new HostTreeBuilder().Devices().Iommu("dmar0").File("sys/firmware/acpi/tables/DMAR", WorkstationHost.Dmar());

        var run = await AgentRun.StartAsync("--root", tree.Root);

        run.Messages.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(
        [
            "warning: RMRR [0x7a800000, 0x7a81e000) names 0000:00:1a.0, which this host does not have; it is left out of the region.",
            "warning: RMRR [0x7a900000, 0x7a901000) names 0000:00:1d.0, which this host does not have; it is left out of the region.",
            "warning: RMRR [0x7a900000, 0x7a901000) is left out: none of its devices is present (Xen ignores it too).",
            "note: left out 0000:00:00.0: a bridge (class 0x060000) is not passed through.",
            "note: left out 0000:00:1c.0: a bridge (class 0x060400) is not passed through.",
        ]);
    }

    [Fact]
    public async Task Run_NoIommu_DevicesUnprotectedNoRegionsAndSaysSo()
    {
        using var tree = new HostTreeBuilder().Devices();

        var run = await AgentRun.StartAsync("--root", tree.Root);

        run.ExitCode.ShouldBe(0, run.Messages);
        run.Output.ShouldBe(WorkstationHost.Inventory(memoryMiB: 32000, iommu: false, regions: false));
        run.Messages.ShouldStartWith("note: no IOMMU (sys/class/iommu is empty and there is no DMAR table)");
    }

    [Fact]
    public async Task Run_DmarWithoutIommuClass_IommuFromTheTable()
    {
        using var tree = new HostTreeBuilder().Devices().File("sys/firmware/acpi/tables/DMAR", WorkstationHost.Dmar());

        var run = await AgentRun.StartAsync("--root", tree.Root);

        run.Output.ShouldBe(WorkstationHost.Inventory(memoryMiB: 32000, iommu: true, regions: true));
    }

    [Theory]
    [InlineData("RMAD")]
    [InlineData("XMAR")]
    public async Task Run_XenDom0WithXlInfo_MemoryAndIommuFromXlInfoRegionsFromTheHiddenTable(string name)
    {
        using var tree = new HostTreeBuilder().Devices()
            .File("sys/hypervisor/type", "xen\n")
            .File($"sys/firmware/acpi/tables/{name}", DmarBuilder.AsXenHidesIt(WorkstationHost.Dmar(), name))
            .File("xl-info.txt", "host : xen-r12-01\nmachine : x86_64\ntotal_memory : 65430\nvirt_caps : pv hvm hvm_directio pv_directio hap shadow\n");

        var run = await AgentRun.StartAsync("--root", tree.Root, "--xl-info", Path.Combine(tree.Root, "xl-info.txt"));

        run.ExitCode.ShouldBe(0, run.Messages);
        run.Output.ShouldBe(WorkstationHost.Inventory(memoryMiB: 65430, iommu: true, regions: true));
        run.Messages.ShouldNotContain("dom0's memory");
        run.Messages.ShouldNotContain("checksum");
    }

    [Fact]
    public async Task Run_XenWithoutXlInfo_WarnsThatMeminfoIsDom0s()
    {
        using var tree = new HostTreeBuilder().Devices().File("sys/hypervisor/type", "xen\n");

        var run = await AgentRun.StartAsync("--root", tree.Root);

        run.Output.ShouldBe(WorkstationHost.Inventory(memoryMiB: 32000, iommu: false, regions: false));
        run.Messages.ShouldContain("warning: this system runs on Xen; proc/meminfo holds dom0's memory, not the host's. Pass --xl-info");
    }

    [Fact]
    public async Task Run_XlInfoWithoutDirectIo_NoIommuDespiteTheTable()
    {
        using var tree = new HostTreeBuilder().Devices()
            .File("sys/firmware/acpi/tables/RMAD", DmarBuilder.AsXenHidesIt(WorkstationHost.Dmar(), "RMAD"))
            .File("xl-info.txt", "total_memory : 65430\nvirt_caps : pv hvm hap shadow\n");

        var run = await AgentRun.StartAsync("--root", tree.Root, "--xl-info", Path.Combine(tree.Root, "xl-info.txt"));

        run.Output.ShouldContain("\"iommu\": false");
        run.Output.ShouldContain("\"start\": \"0x7b000000\"");
        run.Messages.ShouldContain("note: xl info's virt_caps has no hvm_directio");
    }

    [Fact]
    public async Task Run_RmrrOnlyBehindBridges_LeftOutAndSaysToAddItByHand()
    {
        var table = new DmarBuilder().IncludeAllUnit(0xfed90000)
            .Rmrr(0x7b000000, 0x7f7fffff, (0x00, 0x02, 0))
            .RmrrBehindBridges(0x7a000000, 0x7a0fffff, 0x00, (0x1c, 0), (0x00, 0))
            .Build();
        using var tree = new HostTreeBuilder().Devices().File("sys/firmware/acpi/tables/DMAR", table);

        var run = await AgentRun.StartAsync("--root", tree.Root);

        run.ExitCode.ShouldBe(0, run.Messages);
        run.Output.ShouldContain("\"start\": \"0x7b000000\"");
        run.Output.ShouldNotContain("0x7a000000");
        run.Messages.ShouldContain("warning: RMRR [0x7a000000, 0x7a100000): device scope 0000:00:1c.0/00.0 is not resolved (");
        run.Messages.ShouldContain("warning: RMRR [0x7a000000, 0x7a100000) is left out: its only devices are scopes the agent does not resolve; add it by hand.");
    }

    [Theory]
    [InlineData("1", 0x00, "0000:01:00.0")] // the root port's secondary bus holds the NIC
    [InlineData("0", 0x1c, null)] // back at 00:1c.0, a PCI bridge: a bridge's scope covers what is below it, unresolved
    [InlineData("2", 0x00, null)] // nothing at 02:00.0
    public async Task Run_RmrrBehindBridges_ResolvedThroughSecondaryBusNumber(string secondaryBus, byte lastDevice, string? device)
    {
        var table = new DmarBuilder().IncludeAllUnit(0xfed90000)
            .RmrrBehindBridges(0x7a000000, 0x7a0fffff, 0x00, (0x1c, 0), (lastDevice, 0))
            .Build();
        using var tree = new HostTreeBuilder().Devices()
            .File("sys/bus/pci/devices/0000:00:1c.0/secondary_bus_number", secondaryBus + "\n")
            .File("sys/firmware/acpi/tables/DMAR", table);

        var run = await AgentRun.StartAsync("--root", tree.Root);

        run.ExitCode.ShouldBe(0, run.Messages);
        if (device is null)
        {
            run.Output.ShouldContain("\"reservedRegions\": []");
            run.Messages.ShouldContain($"device scope 0000:00:1c.0/{lastDevice:x2}.0 is not resolved");
        }
        else
        {
            run.Output.ShouldContain($$"""
                  "reservedRegions": [
                    {
                      "start": "0x7a000000",
                      "end": "0x7a100000",
                      "devices": [
                        "{{device}}"
                      ]
                    }
                  ]
                """);
            run.Messages.ShouldContain($"note: RMRR [0x7a000000, 0x7a100000): device scope 0000:00:1c.0/00.0 is {device} through the host's bridges.");
        }
    }

    [Fact]
    public async Task Run_UnreadableSysfsAttributes_LeftOutWithTheReadersWarnings()
    {
        using var tree = new HostTreeBuilder()
            .Function("0000:00:14.0", "0x8086", "0xa36d", "USB", "0", "0xf7100000 0xf710ffff");

        var run = await AgentRun.StartAsync("--root", tree.Root);

        run.ExitCode.ShouldBe(0, run.Messages);
        run.Output.ShouldContain("""
                  "sbdf": "0000:00:14.0",
                  "iommuProtected": false,
                  "vendorId": "0x8086",
                  "deviceId": "0xa36d",
                  "numaNode": 0,
                  "bars": []
            """);
        run.Messages.ShouldContain("(sysfs-pci-attribute-unreadable)");
        run.Messages.ShouldContain("(sysfs-pci-resource-skipped)");
    }
}
