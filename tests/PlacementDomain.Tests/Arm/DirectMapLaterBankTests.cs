using Placement.Domain.Memory;
using static Placement.Domain.Tests.Arm.ArmBuilders;

namespace Placement.Domain.Tests.Arm;

/// <summary>§8 later banks: halving from the memory left, best fit, pool first, touching banks merged.</summary>
public sealed class DirectMapLaterBankTests
{
    [Fact]
    public void Allocate_1GiBInto512And256MiBBlocks_HalvesTo512Then256Twice() =>
        Allocate(1024, [M(0x8000_0000, 512), M(0xc000_0000, 256), M(0xe000_0000, 256)])
            .Banks.ShouldBe([M(0x8000_0000, 512), M(0xc000_0000, 256), M(0xe000_0000, 256)]);

    [Fact]
    public void Allocate_LaterBank_SmallestBlockThatHoldsItNotTheLowest() =>
        Allocate(192, [M(0x8000_0000, 128), M(0x9000_0000, 256), M(0xb000_0000, 96), M(0xc000_0000, 64)])
            .Banks.ShouldBe([M(0x8000_0000, 128), M(0xc000_0000, 64)]);

    [Fact]
    public void Allocate_LongerBlockHoldingLessAligned_ShorterBlockIsTheBestFit() =>
        // 72 MiB at 0x9e000000 holds no aligned 64 MiB, 64 MiB at 0xc0000000 does: both hold 32 MiB, the shorter wins.
        Allocate(160, [M(0x8000_0000, 128), M(0x9e00_0000, 72), M(0xc000_0000, 64)])
            .Banks.ShouldBe([M(0x8000_0000, 128), M(0xc000_0000, 32)]);

    [Fact]
    public void Allocate_PoolHoldsTheBank_PoolBeforeABetterFitOutsideIt() =>
        Allocate(192, [M(0x8000_0000, 128), M(0x1_0000_0000, 1024)], [M(0x9000_0000, 64)])
            .Banks.ShouldBe([M(0x8000_0000, 128), M(0x1_0000_0000, 64)]);

    [Fact]
    public void Allocate_PoolHoldsOnlyHalf_OtherBlocksAtTheFullSize() =>
        Allocate(192, [M(0x8000_0000, 128), M(0xa000_0000, 32)], [M(0xc000_0000, 64)])
            .Banks.ShouldBe([M(0x8000_0000, 128), M(0xc000_0000, 64)]);

    [Fact]
    public void Allocate_BanksTouching_MergedIntoOne() =>
        Allocate(224, [M(0x8000_0000, 256)]).Banks.ShouldBe([M(0x8000_0000, 224)]);

    [Fact]
    public void Allocate_BanksTouchingAcrossPoolAndOther_MergedIntoOne() =>
        Allocate(192, [M(0x8000_0000, 128)], [M(0x8800_0000, 64)]).Banks.ShouldBe([M(0x8000_0000, 192)]);

    [Fact]
    public void Allocate_RemainderBelow4MiB_TriedAtItsOwnSize() =>
        Allocate(131, TwoMiBHoles()).Banks.ShouldBe([M(0x8000_0000, 128), M(0x9000_0000, 2), M(0x9040_0000, 1)]);

    [Fact]
    public void Allocate_8MiBLeftAnd2MiBHoles_NeverHalvesBelow4MiB()
    {
        var failure = Allocate(136, TwoMiBHoles()).Failure.ShouldNotBeNull();

        failure.Message.ShouldBe("Cannot place 136 MiB in at most 256 banks of at least 4 MiB: 128 MiB could be placed; " +
            "the largest free block is [0x80000000, 0x88000000) (128 MiB).");
        failure.Range.ShouldBe(M(0x8000_0000, 128));
    }

    [Fact]
    public void Allocate_255HolesOf4MiBAfterThe128MiB_256Banks()
    {
        var allocation = Allocate(128 + (255 * 4), HolesOf4MiB(255));

        allocation.Banks.Count.ShouldBe(256);
        allocation.Banks[0].ShouldBe(M(0x8000_0000, 128));
        allocation.Banks.Skip(1).ShouldBe(HolesOf4MiB(255).Skip(1));
    }

    [Fact]
    public void Allocate_OneMore4MiBThan256Banks_Fails()
    {
        var allocation = Allocate(128 + (256 * 4), HolesOf4MiB(256));

        allocation.Banks.ShouldBeEmpty();
        allocation.Failure.ShouldNotBeNull().Message.ShouldBe("Cannot place 1152 MiB in at most 256 banks of at least 4 MiB: " +
            "1148 MiB could be placed; the largest free block is [0x80000000, 0x88000000) (128 MiB).");
    }

    [Fact]
    public void Allocate_LessFreeThanAsked_SaysHowMuchIsFree() =>
        Allocate(256, [M(0x8000_0000, 128), M(0x9000_0000, 64)]).Failure.ShouldNotBeNull().Message.ShouldBe(
            "Cannot place 256 MiB in at most 256 banks of at least 4 MiB: 192 MiB could be placed, and only 192 MiB of the 256 MiB " +
            "asked for is free; the largest free block is [0x80000000, 0x88000000) (128 MiB).");

    [Theory]
    [InlineData(0UL)]
    [InlineData(ByteSize.MiB + 0x1000)]
    public void Allocate_MemoryNotAPositiveMultipleOf1MiB_Throws(ulong bytes) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Placement.Domain.Arm.DirectMapAllocator.Allocate(new ByteSize(bytes), [M(0x8000_0000, 256)], []));

    [Fact]
    public void Allocate_BlocksOutOfOrder_Throws() =>
        Should.Throw<ArgumentException>(() => Allocate(128, [M(0x9000_0000, 256), M(0x8000_0000, 256)]));

    // 128 MiB, then 2 MiB holes 2 MiB apart.
    private static AddressRange[] TwoMiBHoles() =>
        [M(0x8000_0000, 128), .. Enumerable.Range(0, 4).Select(i => M(0x9000_0000 + ((ulong)i * 4 * MiB), 2))];

    // 128 MiB, then 4 MiB holes 4 MiB apart: none touches another.
    private static AddressRange[] HolesOf4MiB(int count) =>
        [M(0x8000_0000, 128), .. Enumerable.Range(0, count).Select(i => M(0x9000_0000 + ((ulong)i * 8 * MiB), 4))];
}
