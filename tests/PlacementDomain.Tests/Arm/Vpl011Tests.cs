using Placement.Domain.Arm;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Arm.ArmPlatforms;

namespace Placement.Domain.Tests.Arm;

/// <summary>
/// §8: a direct-mapped domain's vPL011 is the host console UART's (Xen refuses it on a host without
/// one); an ordinary domain's is Xen's guest PL011; arm.vpl011 false leaves it out everywhere.
/// </summary>
public sealed class Vpl011Tests
{
    private const string Dma = "0000:01:00.0";
    private static readonly AddressRange Bank = R(0x50000000, 0x60000000);

    [Fact]
    public void DirectMapped_HostWithoutConsoleUart_IsRefused()
    {
        var plan = ArmPlanner.Plan(WithoutConsole(Host()), Request(256, Static(Bank)), HostUsage.None, "vm-1");

        plan.Feasible.ShouldBeFalse();
        var finding = plan.Findings.ShouldHaveSingleItem();
        (finding.Severity, finding.Code).ShouldBe((Severity.Error, FindingCodes.Vpl011NeedsHostUart));
        finding.Message.ShouldEndWith("set arm.vpl011 false, or register the host's console UART.");
        plan.Layout.Console.ShouldBeNull();
    }

    [Fact]
    public void DirectMapped_Vpl011Off_HostWithoutConsoleUart_IsFine()
    {
        var plan = ArmPlanner.Plan(WithoutConsole(Host()), Request(256, Static(Bank) with { Vpl011 = false }), HostUsage.None, "vm-1");

        plan.Feasible.ShouldBeTrue();
        plan.Findings.ShouldBeEmpty();
        plan.Layout.Console.ShouldBeNull();
        plan.Layout.DeviceTree.ShouldBe("""
            chosen {
                #address-cells = <0x2>;
                #size-cells = <0x2>;

                vm-1 {
                    compatible = "xen,domain";
                    #address-cells = <0x2>;
                    #size-cells = <0x2>;
                    memory = <0x0 0x40000>;
                    cpus = <0x2>;
                    direct-map;
                    xen,static-mem = <0x0 0x50000000 0x0 0x10000000>;
                };
            };

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Vpl011Off_DeviceOnTheConsolesSpi_NoWarning()
    {
        // The host console raises SPI 33, and so does the device.
        var host = Host(devices: Device(Dma, spis: [33]));

        var plan = ArmPlanner.Plan(host, Request(256, Static(Bank) with { Vpl011 = false }, Dma), HostUsage.None, null);

        plan.Findings.ShouldBeEmpty();
        plan.Devices.ShouldHaveSingleItem().Outcome.ShouldBe(AssignmentOutcome.Assigned);
    }

    [Fact]
    public void Ordinary_HostWithoutConsoleUart_GetsXensGuestPl011()
    {
        var plan = ArmPlanner.Plan(WithoutConsole(Host()), Request(256, Ordinary()), HostUsage.None, null);

        plan.Findings.ShouldBeEmpty();
        plan.Layout.Console.ShouldBe(new Vpl011(R(0x22000000, 0x22001000), 32));
    }

    [Fact]
    public void Ordinary_Vpl011Off_NoConsoleAndNoVpl011Line()
    {
        var plan = ArmPlanner.Plan(Host(), Request(1024, Ordinary() with { Vpl011 = false }), HostUsage.None, null);

        plan.Feasible.ShouldBeTrue();
        plan.Layout.Console.ShouldBeNull();
        plan.Layout.DeviceTree.ShouldBe("""
            chosen {
                #address-cells = <0x2>;
                #size-cells = <0x2>;

                domU {
                    compatible = "xen,domain";
                    #address-cells = <0x2>;
                    #size-cells = <0x2>;
                    memory = <0x0 0x100000>;
                    cpus = <0x1>;
                };
            };

            """.ReplaceLineEndings("\n"));
    }
}
