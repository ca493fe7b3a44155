using Placement.Domain.Inventory;
using static Placement.Domain.Tests.Assignment.AssignmentBuilders;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Assignment;

public sealed class HostUsageTests
{
    [Fact]
    public void None_NoDomain_NotInUseAndOwnsNothing()
    {
        HostUsage.None.IsInUse.ShouldBeFalse();
        HostUsage.None.OwnerOf(Sbdf(Gpu)).ShouldBeNull();
    }

    [Theory]
    [InlineData(0, false, false)]
    [InlineData(1024, false, true)]
    [InlineData(0, true, true)]
    [InlineData(1024, true, true)]
    public void IsInUse_MemoryOrOwners_TrueWhenEitherIsHeld(ulong memoryMiB, bool ownsGpu, bool expected)
    {
        var usage = ownsGpu ? Usage(memoryMiB, (Gpu, ThisDomain)) : Usage(memoryMiB);

        usage.IsInUse.ShouldBe(expected);
    }

    [Fact]
    public void OwnerOf_OwnedAndFreeDevices_OwnerOrNull()
    {
        var usage = Owned((Gpu, ThisDomain), (Usb, OtherDomain));

        usage.OwnerOf(Sbdf(Gpu)).ShouldBe(ThisDomain);
        usage.OwnerOf(Sbdf(Usb)).ShouldBe(OtherDomain);
        usage.OwnerOf(Sbdf(Audio)).ShouldBeNull();
    }
}
