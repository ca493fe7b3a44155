using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Assignment.AssignmentBuilders;
using static Placement.Domain.Tests.Inventory.TestInventory;

namespace Placement.Domain.Tests.Assignment;

/// <summary>A host's inventory may not change under its live domains: their devices, RMRRs, memory, architecture, IOMMU.</summary>
public sealed class InventoryInUseTests
{
    private static readonly HostInventory Current = X86Example();

    // A domain of 4096 MiB holds the IGD; the xHCI is free.
    private static readonly HostUsage IgdInUse = Usage(4096, (Igd, ThisDomain));

    private static List<InventoryViolation> Check(HostInventory replacement, HostUsage? usage = null) =>
        InventoryInUse.Check(Current, replacement, usage ?? IgdInUse);

    private static PciDevice IgdDevice => Current.Devices[0];

    [Fact]
    public void Check_NoLiveDomain_AnythingMayChange()
    {
        var replacement = Current with { Architecture = CpuArchitecture.Arm64, Memory = ByteSize.FromMiB(1), Iommu = false, Devices = [], ReservedRegions = [] };

        InventoryInUse.Check(Current, replacement, HostUsage.None).ShouldBeEmpty();
    }

    [Fact]
    public void Check_SameInventoryReordered_Nothing()
    {
        var igd = IgdDevice with { Bars = [NewBar(2, BarKind.Io, 0x100), .. IgdDevice.Bars] };
        var xhci = Current.ReservedRegions[0];
        var current = Current with { Devices = [igd, Current.Devices[1]], ReservedRegions = [xhci, Region(0xad000000, 0xaf800000, Igd, Xhci)] };
        var replacement = Current with
        {
            Devices = [Current.Devices[1], igd with { Bars = [.. igd.Bars.Reverse()] }],
            ReservedRegions = [Region(0xad000000, 0xaf800000, Xhci, Igd), xhci],
        };

        InventoryInUse.Check(current, replacement, IgdInUse).ShouldBeEmpty();
    }

    [Fact]
    public void Check_OwnedDeviceRemoved_DeviceInUseAtDevices() =>
        Check(Current with { Devices = [Current.Devices[1]] }).ShouldBeSingle("devices", InventoryInUse.DeviceInUse).Message.ShouldContain(Igd);

    [Theory]
    [InlineData("description")]
    [InlineData("iommuProtected")]
    [InlineData("bar size")]
    [InlineData("bar added")]
    [InlineData("bar removed")]
    public void Check_OwnedDeviceAltered_DeviceInUseAtItsNewIndex(string change)
    {
        var altered = change switch
        {
            "description" => IgdDevice with { Description = "Intel UHD" },
            "iommuProtected" => IgdDevice with { IommuProtected = false },
            "bar size" => IgdDevice with { Bars = [NewBar(0, BarKind.Memory, 0x200_0000, is64Bit: true)] },
            "bar added" => IgdDevice with { Bars = [.. IgdDevice.Bars, NewBar(2, BarKind.Io, 0x100)] },
            _ => IgdDevice with { Bars = [] },
        };

        Check(Current with { Devices = [Current.Devices[1], altered] }).ShouldBeSingle("devices[1]", InventoryInUse.DeviceInUse);
    }

    [Fact]
    public void Check_OwnedDeviceGainsOrChangesIdentity_Nothing()
    {
        // The identity tells placement what a device is; the domain holding it keeps its layout, BARs and RMRRs.
        var identified = IgdDevice with { Identity = new(0x8086, 0x9a49, 0x030000, 0, new Dictionary<string, string> { ["gpu"] = "igd" }) };

        Check(Current with { Devices = [identified, Current.Devices[1]] }).ShouldBeEmpty();
        InventoryInUse.Check(Current with { Devices = [identified, Current.Devices[1]] }, Current, IgdInUse).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("added")]
    [InlineData("removed")]
    [InlineData("moved")]
    [InlineData("resized")]
    [InlineData("sharer added")]
    public void Check_OwnedDevicesRmrrsChanged_Accepted(string change)
    {
        var xhci = Current.ReservedRegions[0];
        ReservedRegion[] regions = change switch
        {
            "added" => [xhci, Region(0xad000000, 0xaf800000, Igd), Region(0xb0000000, 0xb0001000, Igd)],
            "removed" => [xhci],
            "moved" => [xhci, Region(0xad100000, 0xaf900000, Igd)],
            "resized" => [xhci, Region(0xad000000, 0xaf000000, Igd)],
            _ => [xhci, Region(0xad000000, 0xaf800000, Igd, Xhci)],
        };

        // A firmware update: the domain keeps its identity maps until it reboots, and its reboot recomputes (§4 step 3).
        Check(WithRegions(regions)).ShouldBeEmpty();
    }

    [Fact]
    public void Check_SharerRemovedFromOwnedDevicesRmrr_Accepted()
    {
        var current = WithRegions(Region(0xad000000, 0xaf800000, Igd, Xhci));

        InventoryInUse.Check(current, WithRegions(Region(0xad000000, 0xaf800000, Igd)), IgdInUse).ShouldBeEmpty();
    }

    [Fact]
    public void Check_FreeDeviceAndItsRmrrChanged_Nothing()
    {
        var replacement = WithRegions(Region(0xab000000, 0xab001000, Xhci), Current.ReservedRegions[1]) with
        {
            Devices = [IgdDevice, Device(Xhci, "USB 3.2 xHCI", NewBar(0, BarKind.Memory, 0x10000))],
        };

        Check(replacement).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(4096, false)]
    [InlineData(4095, true)]
    public void Check_MemoryAgainstUsed_MemoryInUseOnlyBelowIt(ulong memoryMiB, bool violated)
    {
        var violations = Check(Current with { Memory = ByteSize.FromMiB(memoryMiB) });

        if (violated)
        {
            violations.ShouldBeSingle("memoryMiB", InventoryInUse.MemoryInUse).Message.ShouldContain("4096 MiB");
        }
        else
        {
            violations.ShouldBeEmpty();
        }
    }

    [Fact]
    public void Check_ArchitectureChangedUnderMemoryOnlyDomain_HostInUse() =>
        Check(Current with { Architecture = CpuArchitecture.Arm64 }, Usage(1024)).ShouldBeSingle("architecture", InventoryInUse.HostInUse);

    [Fact]
    public void Check_IommuTurnedOffUnderAssignedDevice_HostInUse() =>
        Check(Current with { Iommu = false }).ShouldBeSingle("iommu", InventoryInUse.HostInUse);

    [Fact]
    public void Check_AddressSpaceShrunkUnderLiveDomain_HostInUse() =>
        Check(Current with { PhysAddressBits = Current.PhysAddressBits - 1 }, Usage(1024)).ShouldBeSingle("physAddressBits", InventoryInUse.HostInUse);

    [Fact]
    public void Check_AddressSpaceGrown_Nothing() =>
        Check(Current with { PhysAddressBits = Current.PhysAddressBits + 1 }).ShouldBeEmpty();

    [Fact]
    public void Check_IommuTurnedOn_Nothing() =>
        InventoryInUse.Check(Current with { Iommu = false }, Current, IgdInUse).ShouldBeEmpty();
}
