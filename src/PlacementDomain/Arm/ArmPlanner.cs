using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

/// <summary>
/// The answer to a plan on an arm64 host: the layout the domain would keep, each device's outcome
/// and every finding (the devices' included). Not feasible when any finding is an error; the
/// layout then shows what could be worked out (no banks when memory could not be placed).
/// </summary>
public sealed record ArmPlan(bool Feasible, ArmLayout Layout, IReadOnlyList<DeviceOutcome> Devices, IReadOnlyList<Finding> Findings);

/// <summary>
/// Plans a domain on an arm64 host (§8): its RAM banks (static, automatic 1:1, or Xen's guest
/// banks from the heap), the GIC and vPL011 it sees, the device-tree node, and its devices.
/// </summary>
public static class ArmPlanner
{
    public static ArmPlan Plan(HostInventory host, ArmRequest request, HostUsage usage, string? name)
    {
        var arm = host.Arm ?? throw new ArgumentException("Only an arm64 host is planned here.", nameof(host));
        var options = request.Options;
        var size = ByteSize.FromMiB(request.MemoryMiB);
        var findings = new List<Finding>();
        var (console, noConsole) = GuestPlatform.ConsoleOf(arm.Console, options);
        if (noConsole is not null)
        {
            findings.Add(noConsole);
        }

        if (GuestPlatform.VcpuProblem(arm.Gic, options.DirectMap, options.Vcpus) is { } vcpus)
        {
            findings.Add(vcpus);
        }

        var memory = ArmHostMemory.Of(host, usage);
        var banks = options.DirectMap ? DirectMapBanks(memory, usage, options, size, findings) : OrdinaryBanks(memory, size, findings);
        var devices = request.Devices.Select(d => ArmDeviceChecks.Check(host, d.Address, options, console, usage)).ToList();
        findings.AddRange(devices.SelectMany(d => d.Findings));
        var layout = new ArmLayout(options.DirectMap, banks, GuestPlatform.GicOf(arm.Gic, options.DirectMap, options.Vcpus), console,
            DeviceTreeFragment.Render(name, size, options, banks));
        return new ArmPlan(!findings.Exists(f => f.Severity == Severity.Error), layout, devices, findings);
    }

    private static IReadOnlyList<AddressRange> DirectMapBanks(ArmHostMemory memory, HostUsage usage, ArmOptions options, ByteSize size, List<Finding> findings)
    {
        IReadOnlyList<AddressRange> banks;
        if (options.Allocation == MemoryAllocation.Static)
        {
            banks = [.. options.StaticMemory.OrderBy(b => b.Start)];
            var before = findings.Count;
            foreach (var bank in banks)
            {
                CheckStaticBank(memory, usage, bank, findings);
            }

            if (findings.Count > before)
            {
                return banks;
            }
        }
        else
        {
            var allocation = DirectMapAllocator.Allocate(size, memory.PoolFree, memory.OtherFree);
            if (allocation.Failure is { } failure)
            {
                findings.Add(failure);
                return [];
            }

            banks = allocation.Banks;
        }

        var capacity = memory.HeapCapacity(banks);
        if (capacity < memory.OrdinaryMemory)
        {
            findings.Add(Finding.Error(FindingCodes.InsufficientMemory,
                $"These banks would leave the heap {MiB(capacity)} MiB, and the host's ordinary domains hold {MiB(memory.OrdinaryMemory)} MiB of it."));
        }

        return banks;
    }

    private static void CheckStaticBank(ArmHostMemory memory, HostUsage usage, AddressRange bank, List<Finding> findings)
    {
        if (FreeMemory.Subtract([bank], memory.Usable) is [var outside, ..])
        {
            findings.Add(Finding.Error(FindingCodes.StaticMemoryNotRam,
                $"Static bank {bank} is not usable host RAM: {outside} is outside the RAM banks or kept by the host (firmware, RMRR, device MMIO, GIC, console).",
                outside));
        }
        else if (ArmHostMemory.HolderOf(usage, bank) is { } held)
        {
            findings.Add(Finding.Error(FindingCodes.StaticMemoryBusy,
                $"Static bank {bank} overlaps bank {held.Range} of domain {held.Domain}.", held.Range));
        }
    }

    private static IReadOnlyList<AddressRange> OrdinaryBanks(ArmHostMemory memory, ByteSize size, List<Finding> findings)
    {
        var free = memory.HeapFree();
        if (size > free)
        {
            findings.Add(Finding.Error(FindingCodes.InsufficientMemory,
                $"The domain needs {MiB(size)} MiB; the host's heap (RAM outside the direct-map pool and static banks) has {MiB(free)} MiB free."));
        }

        if (GuestPlatform.OrdinaryBanks(size) is { } banks)
        {
            return banks;
        }

        findings.Add(Finding.Error(FindingCodes.GuestMemoryTooLarge,
            $"An arm64 guest has at most {MiB(GuestPlatform.GuestRam0.Size + GuestPlatform.GuestRam1.Size)} MiB of RAM (Xen's two guest RAM banks)."));
        return [];
    }

    private static ulong MiB(ByteSize size) => size.Bytes / ByteSize.MiB;
}
