using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Migration;
using Placement.Domain.Pci;

namespace Placement.Benchmarks;

/// <summary>
/// The fleet of the load harness's fleet check (benchmarks/PlacementLoad, FleetHosts) as the
/// check loads it: per host the two devices asked for and all 8 regions, with its usage. The
/// moving domain (4 GiB, two devices, relaxed) is planned on a host where they have no region.
/// </summary>
public static class FleetTargets
{
    public static readonly PciAddress[] Moving = [Device(0), Device(1)];

    public static MovingDomain Mover()
    {
        var source = Inventory(0, [new PciDevice(Moving[0], null, true, [Bar()]), new PciDevice(Moving[1], null, true, [Bar()])]);
        var request = new X86Request(4096, Moving.Select(d => new DeviceRequest(d)).ToList(), GlobalPolicy: RdmPolicy.Relaxed);
        var layout = LayoutPlanner.Plan(source, request).Layout!;
        var domain = new LiveDomain(Guid.NewGuid(), RdmPolicy.Relaxed, layout, Moving);
        return new MovingDomain(domain, "mover", ByteSize.FromMiB(4096), CpuArchitecture.X64, HostName.Parse("fleet-00000"));
    }

    public static List<MigrationTarget> Hosts(int count)
    {
        var devices = Moving.Select(d => new DeviceRequest(d)).ToList();
        var targets = new List<MigrationTarget>(count);
        for (var h = 1; h <= count; h++)
        {
            var owners = new Dictionary<PciAddress, Guid>();
            if (h % 50 == 25)
            {
                owners[Moving[0]] = Guid.NewGuid();
            }
            else if (h % 50 == 27)
            {
                owners[Device(33)] = Guid.NewGuid();
            }

            var inventory = Inventory(h, [new PciDevice(Moving[0], null, true, []), new PciDevice(Moving[1], null, h % 101 != 7, [])]);
            var usage = new HostUsage(owners, ByteSize.FromMiB(owners.Count > 0 ? 1024UL : 0));
            var holder = h % 250 == 100 ? Guid.NewGuid() : (Guid?)null;
            targets.Add(new MigrationTarget(HostName.Parse($"fleet-{h:D5}"), inventory, usage, devices, holder));
        }

        return targets;
    }

    private static HostInventory Inventory(int h, List<PciDevice> devices)
    {
        var role = h % 4;
        var v = (ulong)(h % 16);
        List<ReservedRegion> regions =
        [
            Region(0xE8000, 0x4000, Device(63)),
            Region(0x3F000000 + (v * 0x10000), 0x10000, Device(role == 3 ? 1 : 32), Device(33)),
            Region(0x7B800000 + (v * 0x100000), 0x800000, Device(role == 2 ? 1 : 62)),
            Region(0xF4000000 + (v * 0x1000), 0x4000, Device(role == 1 ? 0 : 34)),
            Region(0xF8000000 + (v * 0x10000), 0x8000, Device(35)),
            Region(0xFD000000 + (v * 0x1000), 0x4000, Device(36), Device(37)),
            Region(0xFEB00000 + (v * 0x1000), 0x1000, Device(38)),
            Region(0x180000000 + (v * 0x1000000), 0x100000, Device(39)),
        ];
        var memory = ByteSize.FromMiB(h % 97 == 13 ? 2048UL : 131072UL + ((ulong)(h % 8) * 32768));
        return new HostInventory(CpuArchitecture.X64, memory, 46, true, new Dictionary<string, string>(), devices, regions);
    }

    private static PciAddress Device(int index) => new(0, 1 + (index / 32), index % 32, 0);

    private static Bar Bar() => new(0, BarKind.Memory, new ByteSize(0x1000000), true, true);

    private static ReservedRegion Region(ulong start, ulong size, params PciAddress[] devices) =>
        new(AddressRange.FromSize(new PhysicalAddress(start), new ByteSize(size)), devices);
}
