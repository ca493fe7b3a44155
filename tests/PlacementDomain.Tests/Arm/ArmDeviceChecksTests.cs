using Placement.Domain.Arm;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;
using static Placement.Domain.Tests.Arm.ArmPlatforms;

namespace Placement.Domain.Tests.Arm;

/// <summary>§8's security rule and the vPL011 SPI warning, in plans and hotplugs alike.</summary>
public sealed class ArmDeviceChecksTests
{
    private const string Dma = "0000:01:00.0";
    private static readonly AddressRange Bank = R(0x50000000, 0x60000000);

    public static TheoryData<string, bool, bool, bool> RefusedDomains => new()
    {
        { "ordinary", false, false, false },
        { "ordinary, marked trusted", false, true, false },
        { "direct-mapped, untrusted", true, false, false },
    };

    [Theory]
    [MemberData(nameof(RefusedDomains))]
    public void UnprotectedDevice_ToAnythingButATrustedDirectMappedDomain_IsRefused(string domain, bool directMap, bool trusted, bool _)
    {
        var options = new ArmOptions(1, directMap, trusted, directMap ? MemoryAllocation.Static : MemoryAllocation.Auto, directMap ? [Bank] : []);

        var plan = ArmPlanner.Plan(Host(devices: Device(Dma, iommuProtected: false)), Request(256, options, Dma), HostUsage.None, domain);

        plan.Feasible.ShouldBeFalse();
        var device = plan.Devices.ShouldHaveSingleItem();
        device.Outcome.ShouldBe(AssignmentOutcome.Refused);
        device.Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.DeviceWithoutIommu);
        plan.Findings.ShouldBe(device.Findings);
    }

    [Fact]
    public void UnprotectedDevice_ToATrustedDirectMappedDomain_IsAssignedWithAWarning()
    {
        var options = new ArmOptions(1, true, true, MemoryAllocation.Static, [Bank]);

        var plan = ArmPlanner.Plan(Host(devices: Device(Dma, iommuProtected: false)), Request(256, options, Dma), HostUsage.None, null);

        plan.Feasible.ShouldBeTrue();
        var device = plan.Devices.ShouldHaveSingleItem();
        device.Outcome.ShouldBe(AssignmentOutcome.AssignedWithWarnings);
        device.Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.UnprotectedDeviceTrusted);
    }

    [Fact]
    public void HostWithoutIommu_ProtectsNoDevice()
    {
        var host = Host(devices: Device(Dma)) with { Iommu = false };

        var plan = ArmPlanner.Plan(host, Request(256, Ordinary(), Dma), HostUsage.None, null);

        plan.Devices.ShouldHaveSingleItem().Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.DeviceWithoutIommu);
    }

    [Fact]
    public void ProtectedDevice_GoesToAnyDomain()
    {
        var plan = ArmPlanner.Plan(Host(devices: Device(Dma)), Request(256, Ordinary(), Dma), HostUsage.None, null);

        plan.Devices.ShouldHaveSingleItem().Outcome.ShouldBe(AssignmentOutcome.Assigned);
    }

    [Fact]
    public void DeviceRaisingTheVpl011Spi_IsAWarning()
    {
        // Direct-mapped: the vPL011 takes the host console's SPI 33.
        var plan = ArmPlanner.Plan(Host(devices: Device(Dma, spis: [40, 33])), Request(256, Static(Bank), Dma), HostUsage.None, null);

        plan.Feasible.ShouldBeTrue();
        var finding = plan.Devices.ShouldHaveSingleItem().Findings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.Vpl011SpiConflict);
        finding.Message.ShouldContain("SPI 33");
    }

    [Fact]
    public void OrdinaryDomain_ComparesWithXensVpl011Spi()
    {
        var host = Host(devices: Device(Dma, spis: [33]));

        ArmPlanner.Plan(host, Request(256, Ordinary(), Dma), HostUsage.None, null).Findings.ShouldBeEmpty();
        var onSpi32 = Host(devices: Device(Dma, spis: [32]));
        ArmPlanner.Plan(onSpi32, Request(256, Ordinary(), Dma), HostUsage.None, null).Findings
            .ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.Vpl011SpiConflict);
    }

    [Fact]
    public void UnknownAndBusyDevices_AreRefused()
    {
        var usage = HostUsage.None with { Owners = new Dictionary<PciAddress, Guid> { [Sbdf(Dma)] = Other } };

        var plan = ArmPlanner.Plan(Host(devices: Device(Dma)), Request(256, Ordinary(), Dma, "0000:09:00.0"), usage, null);

        plan.Devices.Select(d => d.Findings.Single().Code).ShouldBe([FindingCodes.DeviceBusy, FindingCodes.DeviceUnknown]);
    }

    [Fact]
    public void Hotplug_AppliesTheSameRule_AgainstTheDomainsOwnSettings()
    {
        var host = Host(devices: Device(Dma, iommuProtected: false));
        var console = new Vpl011(HostConsole.Range, HostConsole.Spi);

        ArmDeviceChecks.Check(host, Sbdf(Dma), Static(Bank), console, HostUsage.None, Other).Outcome.ShouldBe(AssignmentOutcome.Refused);
        ArmDeviceChecks.Check(host, Sbdf(Dma), Static(Bank) with { Trusted = true }, console, HostUsage.None, Other)
            .Outcome.ShouldBe(AssignmentOutcome.AssignedWithWarnings);
    }

    [Fact]
    public void Hotplug_DomainWithoutVpl011_NoSpiWarning()
    {
        // The device raises SPI 33, the host console's.
        var host = Host(devices: Device(Dma, spis: [33]));
        var console = new Vpl011(HostConsole.Range, HostConsole.Spi);

        ArmDeviceChecks.Check(host, Sbdf(Dma), Static(Bank) with { Vpl011 = false }, null, HostUsage.None, Other).Findings.ShouldBeEmpty();
        ArmDeviceChecks.Check(host, Sbdf(Dma), Static(Bank), console, HostUsage.None, Other).Findings
            .ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.Vpl011SpiConflict);
    }
}
