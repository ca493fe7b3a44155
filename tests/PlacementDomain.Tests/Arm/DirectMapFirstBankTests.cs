using Placement.Domain.Layout;
using static Placement.Domain.Tests.Arm.ArmBuilders;

namespace Placement.Domain.Tests.Arm;

/// <summary>§8 bank 0: the largest power of two down to min(memory, 128 MiB), as low as possible, below 4G first.</summary>
public sealed class DirectMapFirstBankTests
{
    [Fact]
    public void Allocate_OneUnalignedBlock_LowestAlignedBank()
    {
        var allocation = Allocate(256, [R(0x8010_0000, 0xc000_0000)]);

        allocation.Succeeded.ShouldBeTrue();
        allocation.Banks.ShouldBe([M(0x9000_0000, 256)]);
    }

    [Fact]
    public void Allocate_LargerBankHigher_LargerSizeWins() =>
        Allocate(256, [M(0x8000_0000, 128), M(0xc000_0000, 256)]).Banks.ShouldBe([M(0xc000_0000, 256)]);

    [Fact]
    public void Allocate_BothTiersBelow4G_PoolBeforeLowerOther() =>
        Allocate(256, [M(0xc000_0000, 256)], [M(0x8000_0000, 256)]).Banks.ShouldBe([M(0xc000_0000, 256)]);

    [Fact]
    public void Allocate_LargerBankOnlyAbove4G_SmallerBankBelow4G()
    {
        // 512 and 256 MiB fit only above 4G; 128 MiB fits below it, in the other blocks.
        var allocation = Allocate(512, [M(0x1_0000_0000, 1024)], [M(0x8000_0000, 128)]);

        allocation.Banks.ShouldBe([M(0x8000_0000, 128), M(0x1_0000_0000, 384)]);
    }

    [Fact]
    public void Allocate_BlockCrossing4G_FirstBankBelow4GAndNextOneTouchingIt() =>
        // Lowest anywhere would be 256 MiB at 4G; below 4G only 128 MiB fits, and the next 128 MiB merges with it.
        Allocate(256, [R(0xf800_0000, 0x1_2000_0000)]).Banks.ShouldBe([M(0xf800_0000, 256)]);

    [Fact]
    public void Allocate_NothingBelow4GAtAnySize_LowestAnywhereInPoolFirst() =>
        Allocate(512, [M(0x2_0000_0000, 512)], [M(0x8000_0000, 64), M(0x1_0000_0000, 512)])
            .Banks.ShouldBe([M(0x2_0000_0000, 512)]);

    [Fact]
    public void Allocate_100MiB_FirstBankBoundRoundedDownTo64MiB() =>
        Allocate(100, [M(0x8000_0000, 100)]).Banks.ShouldBe([M(0x8000_0000, 100)]);

    [Fact]
    public void Allocate_100MiBInto64MiBBlocks_FirstBankOf64MiB() =>
        Allocate(100, [M(0x8000_0000, 64), M(0x9000_0000, 64)]).Banks.ShouldBe([M(0x8000_0000, 64), M(0x9000_0000, 36)]);

    [Fact]
    public void Allocate_NoBlockHolds128MiBAligned_FailsWithLargestBlock()
    {
        // 192 MiB long, but its only 128 MiB-aligned address, 0xa8000000, leaves too little room.
        var largest = R(0xa200_0000, 0xae00_0000);
        var allocation = Allocate(256, [M(0x8000_0000, 64), largest], [M(0x9000_0000, 64)]);

        allocation.Succeeded.ShouldBeFalse();
        allocation.Banks.ShouldBeEmpty();
        allocation.Failure.ShouldBe(Finding.Error(FindingCodes.InsufficientContiguousMemory,
            "No free block holds a first bank of at least 128 MiB; the largest free block is [0xa2000000, 0xae000000) (192 MiB).", largest));
    }

    [Fact]
    public void Allocate_NoFreeBlock_FailsWithoutRange()
    {
        var failure = Allocate(1024, []).Failure.ShouldNotBeNull();

        failure.Message.ShouldBe("No free block holds a first bank of at least 128 MiB, and only 0 MiB of the 1024 MiB asked for is free; there is no free block.");
        failure.Range.ShouldBeNull();
    }
}
