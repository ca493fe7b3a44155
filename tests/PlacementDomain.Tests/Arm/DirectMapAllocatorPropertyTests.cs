using FsCheck;
using FsCheck.Fluent;
using Placement.Domain.Arm;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Arm.ArmBuilders;

namespace Placement.Domain.Tests.Arm;

/// <summary>§8 allocation over random fragmented hosts: 8 GiB of RAM from 2 GiB, a pool (64 MiB steps) inside it, taken ranges.</summary>
public sealed class DirectMapAllocatorPropertyTests
{
    private const ulong Base = 0x8000_0000;
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    // Mostly a few taken ranges of any size; else hundreds of small ones, often above the first
    // 512 MiB only, so that a domain finds its first bank and then needs many more.
    private static readonly Gen<ArmHost> Hosts = Gen.Frequency(
        (2, HostGen(Gen.Constant(0), Gen.Choose(0, 40), Gen.Frequency((4, Gen.Choose(1, 64)), (1, Gen.Choose(64, 4096))), Gen.Choose(1, 6144))),
        (1, HostGen(Gen.Elements(0, 2048, 2048), Gen.Choose(200, 800), Gen.Choose(1, 64), Gen.Choose(256, 4096))));

    // Taken ranges in steps of 256 KiB (from quarter firstTaken on), so that free blocks are often unaligned.
    private static Gen<ArmHost> HostGen(Gen<int> firstTakenGen, Gen<int> takenCount, Gen<int> takenQuarters, Gen<int> memoryMiB) =>
        from poolStart in Gen.Choose(0, 128)
        from poolLength in Gen.Choose(0, 128 - poolStart)
        from firstTaken in firstTakenGen
        from count in takenCount
        from taken in Gen.ArrayOf(
            from start in Gen.Choose(firstTaken, 32767)
            from quarters in takenQuarters
            select AddressRange.FromSize(new PhysicalAddress(Base + ((ulong)start * 256 * 1024)), new ByteSize((ulong)quarters * 256 * 1024)), count)
        from memory in memoryMiB
        let pool = M(Base + ((ulong)poolStart * 64 * MiB), (ulong)poolLength * 64)
        select new ArmHost(
            (ulong)memory,
            FreeMemory.Subtract([pool], taken),
            FreeMemory.Subtract([M(Base, 8192)], [pool, .. taken]));

    [Fact]
    public void Allocate_RandomHosts_SameBanksAsThePlainReading() =>
        Check.One(Runs, Prop.ForAll(Hosts.ToArbitrary(), host =>
        {
            var allocation = Allocate(host.MemoryMiB, [.. host.Pool], [.. host.Other]);
            var expected = DirectMapReference.Allocate(host.MemoryMiB * MiB, host.Pool, host.Other);
            allocation.Banks.ShouldBe(expected ?? [], host.ToString());
            allocation.Succeeded.ShouldBe(expected is not null, host.ToString());
        }));

    [Fact]
    public void Allocate_Succeeded_SumsToMemoryInsideFreeBlocksDisjointAndAtMost256Banks() =>
        Check.One(Runs, Prop.ForAll(Hosts.ToArbitrary(), host =>
        {
            var banks = Allocate(host.MemoryMiB, [.. host.Pool], [.. host.Other]).Banks;
            if (banks.Count == 0)
            {
                return;
            }

            banks.Aggregate(0UL, (sum, b) => sum + b.Size.Bytes).ShouldBe(host.MemoryMiB * MiB, host.ToString());
            banks.Count.ShouldBeLessThanOrEqualTo(DirectMapAllocator.MaxBanks);
            banks.Zip(banks.Skip(1)).ShouldAllBe(p => p.First.End < p.Second.Start, host.ToString());
            FreeMemory.Subtract(banks, [.. host.Pool, .. host.Other]).ShouldBeEmpty(host.ToString());
            banks.ShouldAllBe(b => b.IsAlignedTo(new ByteSize(MiB)), host.ToString());
        }));

    [Fact]
    public void Allocate_Failed_RangeIsTheLargestFreeBlock() =>
        Check.One(Runs, Prop.ForAll(Hosts.ToArbitrary(), host =>
        {
            var failure = Allocate(host.MemoryMiB, [.. host.Pool], [.. host.Other]).Failure;
            var largest = FragmentationReport.Of([.. host.Pool, .. host.Other]).LargestBlock;
            (failure is null || failure.Range == largest).ShouldBeTrue(host.ToString());
        }));

    internal sealed record ArmHost(ulong MemoryMiB, List<AddressRange> Pool, List<AddressRange> Other)
    {
        public override string ToString() =>
            $"{MemoryMiB} MiB; pool [{string.Join(", ", Pool)}]; other [{string.Join(", ", Other)}]";
    }
}
