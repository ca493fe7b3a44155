using Placement.Domain.Arm;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Arm.ArmBuilders;

namespace Placement.Domain.Tests.Arm;

public sealed class FragmentationReportTests
{
    [Fact]
    public void Of_ThreeBlocks_FreeSumLargestAndCount() =>
        FragmentationReport.Of([R(0x0, 0x1000), R(0x2000, 0x5000), R(0x8000, 0x9000)])
            .ShouldBe(new FragmentationReport(new ByteSize(0x5000), R(0x2000, 0x5000), 3));

    [Fact]
    public void Of_EquallyLargeBlocks_LowestIsLargest() =>
        FragmentationReport.Of([R(0x8000, 0xa000), R(0x1000, 0x3000), R(0x4000, 0x5000)]).LargestBlock.ShouldBe(R(0x1000, 0x3000));

    [Fact]
    public void Of_NoBlock_NothingFreeAndNoLargest() =>
        FragmentationReport.Of([]).ShouldBe(new FragmentationReport(ByteSize.Zero, null, 0));

    [Fact]
    public void Of_EmptyBlock_NotCounted() =>
        FragmentationReport.Of([R(0x1000, 0x1000), R(0x2000, 0x3000)]).ShouldBe(new FragmentationReport(new ByteSize(0x1000), R(0x2000, 0x3000), 1));
}
