using Placement.Domain.Arm;
using Placement.Domain.Memory;

namespace Placement.Domain.Tests.Arm;

internal static class ArmBuilders
{
    public const ulong MiB = ByteSize.MiB;

    public static AddressRange R(ulong start, ulong end) => new(new PhysicalAddress(start), new PhysicalAddress(end));

    /// <summary>A block of <paramref name="mebibytes"/> MiB at <paramref name="start"/>.</summary>
    public static AddressRange M(ulong start, ulong mebibytes) => AddressRange.FromSize(new PhysicalAddress(start), ByteSize.FromMiB(mebibytes));

    public static BankAllocation Allocate(ulong memoryMiB, AddressRange[] pool, AddressRange[]? other = null) =>
        DirectMapAllocator.Allocate(ByteSize.FromMiB(memoryMiB), pool, other ?? []);
}
