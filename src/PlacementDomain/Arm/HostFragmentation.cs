using Placement.Domain.Inventory;
using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

/// <summary>
/// How fragmented an arm64 host's memory is: the blocks a direct-mapped domain could take (all of
/// them, and the pool's), and the heap ordinary domains draw from.
/// </summary>
public sealed record HostFragmentation(FragmentationReport Free, FragmentationReport? Pool, ByteSize HeapCapacity, ByteSize HeapUsed)
{
    public ByteSize HeapFree => HeapCapacity > HeapUsed ? HeapCapacity - HeapUsed : ByteSize.Zero;

    public static HostFragmentation Of(HostInventory host, HostUsage usage)
    {
        var memory = ArmHostMemory.Of(host, usage);
        return new HostFragmentation(
            FragmentationReport.Of(memory.FreeBlocks()),
            memory.HasPool ? FragmentationReport.Of(memory.PoolFree) : null,
            memory.HeapCapacity([]),
            memory.OrdinaryMemory);
    }
}
