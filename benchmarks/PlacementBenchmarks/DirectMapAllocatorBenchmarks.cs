using BenchmarkDotNet.Attributes;
using Placement.Domain.Arm;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;

namespace Placement.Benchmarks;

/// <summary>
/// The §8 1:1 allocator alone, on one core: an Arm host of 1 TiB from 2 GiB whose first 64 GiB
/// are the direct-map pool, fragmented by earlier domains' banks into thousands of free blocks.
/// </summary>
[MemoryDiagnoser]
public class DirectMapAllocatorBenchmarks
{
    private static readonly PhysicalAddress RamStart = new(0x8000_0000);
    private static readonly AddressRange Ram = AddressRange.FromSize(RamStart, new ByteSize(1UL << 40));
    private static readonly AddressRange Pool = AddressRange.FromSize(RamStart, ByteSize.FromMiB(64 * 1024));

    // 248 banks of 256 MiB and 100 MiB more (64 + 32 + 4): 250 banks after merging, each one
    // tried from the largest power of two of what is left and halved down to 256 MiB.
    private static readonly ByteSize ManyBanksMemory = ByteSize.FromMiB((248 * 256) + 100);

    private List<AddressRange> taken = null!;
    private List<AddressRange> takenAndPool = null!;
    private List<AddressRange> poolFree = null!;
    private List<AddressRange> otherFree = null!;
    private HostInventory host = null!;
    private HostUsage usage = null!;

    [GlobalSetup]
    public void Setup()
    {
        taken = Taken();
        takenAndPool = [.. taken, Pool];
        poolFree = FreeMemory.Subtract([Pool], taken);
        otherFree = FreeMemory.Subtract([Ram], takenAndPool);
        var gic = new Gic(GicVersion.V3, AddressRange.FromSize(new(0x800_0000), new(0x10000)), null, [AddressRange.FromSize(new(0x80a_0000), new(0x100_0000))]);
        host = new HostInventory(CpuArchitecture.Arm64, Ram.Size, 48, true, new Dictionary<string, string>(), [], [])
        {
            Arm = new ArmPlatform([Ram], [], [Pool], gic, new ConsoleUart(AddressRange.FromSize(new(0x900_0000), new(0x1000)), 33)),
        };
        usage = new HostUsage(new Dictionary<Domain.Pci.PciAddress, Guid>(), ArmHostMemory.Size(taken))
        {
            StaticBanks = taken.Select((bank, i) => new HeldBank(new Guid(i, 0, 0, new byte[8]), bank)).ToList(),
        };
    }

    [Benchmark(Description = "Plan a 4 GiB direct-mapped domain (free blocks, banks, GIC, device tree)")]
    public ArmPlan Plan() => ArmPlanner.Plan(host, new ArmRequest(4096, [], new ArmOptions(4, true, false, MemoryAllocation.Auto, [])), usage, "dm-1");

    [Benchmark(Description = "Subtract: free blocks of the pool and the rest")]
    public int Subtract() => FreeMemory.Subtract([Pool], taken).Count + FreeMemory.Subtract([Ram], takenAndPool).Count;

    [Benchmark(Baseline = true, Description = "Allocate 4 GiB (16 banks)")]
    public BankAllocation Typical() => DirectMapAllocator.Allocate(ByteSize.FromMiB(4096), poolFree, otherFree);

    [Benchmark(Description = "Allocate 63,588 MiB (250 banks)")]
    public BankAllocation ManyBanks() => DirectMapAllocator.Allocate(ManyBanksMemory, poolFree, otherFree);

    // Earlier domains' banks (4 to 128 MiB, shuffled) with free gaps between them: nine in ten of
    // 1 to 32 MiB, one in ten of 64 to 512 MiB. Seeded: every run sees the same host (9,538 banks,
    // 592 free blocks in the pool, 8,948 outside it).
    private static List<AddressRange> Taken()
    {
        var random = new Random(2026);
        var banks = new List<AddressRange>();
        var address = RamStart;
        while (true)
        {
            var gap = random.Next(10) == 0 ? random.Next(64, 513) : random.Next(1, 33);
            var start = address + ByteSize.FromMiB((ulong)gap);
            var bank = AddressRange.FromSize(start, ByteSize.FromMiB((ulong)random.Next(4, 129)));
            if (bank.End > Ram.End)
            {
                var shuffled = banks.ToArray();
                random.Shuffle(shuffled);
                return [.. shuffled];
            }

            banks.Add(bank);
            address = bank.End;
        }
    }
}
