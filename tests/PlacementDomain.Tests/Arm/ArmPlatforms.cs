using Placement.Domain.Arm;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Tests.Arm;

/// <summary>arm64 hosts and requests for planner tests: 2 GiB of RAM at 1 GiB, a firmware region, a GICv2 and a console.</summary>
internal static class ArmPlatforms
{
    public static readonly Guid Other = new("33333333-3333-3333-3333-333333333333");

    public static readonly AddressRange Ram = R(0x40000000, 0xC0000000);
    public static readonly AddressRange Firmware = R(0xBF000000, 0xC0000000);
    public static readonly ConsoleUart HostConsole = new(R(0x9000000, 0x9001000), 33);
    public static readonly Gic GicV2 = new(GicVersion.V2, R(0x8000000, 0x8001000), R(0x8010000, 0x8012000), []);

    public static AddressRange R(ulong start, ulong end) => new(new PhysicalAddress(start), new PhysicalAddress(end));

    public static PciAddress Sbdf(string text) => PciAddress.Parse(text);

    public static HostInventory Host(IReadOnlyList<AddressRange>? pool = null, Gic? gic = null, ConsoleUart? console = null, params PciDevice[] devices) =>
        new(CpuArchitecture.Arm64, ByteSize.FromMiB(2048), 40, true, new Dictionary<string, string>(), devices, [])
        {
            Arm = new ArmPlatform([Ram], [Firmware], pool ?? [], gic ?? GicV2, console ?? HostConsole),
        };

    /// <summary><paramref name="host"/> with no console UART in its inventory.</summary>
    public static HostInventory WithoutConsole(HostInventory host) => host with { Arm = host.Arm! with { Console = null } };

    public static PciDevice Device(string sbdf, bool iommuProtected = true, params int[] spis) =>
        new(Sbdf(sbdf), null, iommuProtected, []) { Mmio = [R(0x10000000, 0x10010000)], Spis = spis };

    public static ArmRequest Request(ulong memoryMiB, ArmOptions options, params string[] devices) =>
        new(memoryMiB, devices.Select(d => new DeviceRequest(Sbdf(d))).ToList(), options);

    public static ArmOptions Ordinary(int vcpus = 1) => new(vcpus, false, false, MemoryAllocation.Auto, []);

    public static ArmOptions Static(params AddressRange[] banks) => new(2, true, false, MemoryAllocation.Static, banks);

    public static ArmOptions Auto(bool trusted = false) => new(1, true, trusted, MemoryAllocation.Auto, []);

    public static HostUsage Holding(Guid domain, ulong memoryMiB, params AddressRange[] banks) =>
        new(new Dictionary<PciAddress, Guid>(), ByteSize.FromMiB(memoryMiB)) { StaticBanks = banks.Select(b => new HeldBank(domain, b)).ToList() };

    public static string[] Codes(ArmPlan plan) => plan.Findings.Select(f => f.Code).ToArray();
}
