using BenchmarkDotNet.Attributes;
using Placement.Domain.Arm;
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

    [GlobalSetup]
    public void Setup()
    {
        taken = Taken();
        takenAndPool = [.. taken, Pool];
        poolFree = FreeMemory.Subtract([Pool], taken);
        otherFree = FreeMemory.Subtract([Ram], takenAndPool);
    }

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
