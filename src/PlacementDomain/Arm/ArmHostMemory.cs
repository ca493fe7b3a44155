using Placement.Domain.Inventory;
using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

/// <summary>
/// An arm64 host's RAM as a new domain finds it (§8). <see cref="Usable"/> is RAM outside every
/// range the host keeps for itself (firmware regions, RMRRs, device MMIO, GIC, console). The heap
/// (where ordinary domains get memory, at no fixed address) is usable RAM outside the direct-map
/// pool and outside every static bank, live or left by a destroyed domain; ordinary domains' memory
/// counts against it. Direct-mapped domains take blocks free of live banks, the pool's first.
/// </summary>
public sealed class ArmHostMemory
{
    private readonly IReadOnlyList<AddressRange> retained;

    private ArmHostMemory(List<AddressRange> usable, List<AddressRange> pool, List<AddressRange> live, IReadOnlyList<AddressRange> retained, ByteSize ordinary)
    {
        Usable = usable;
        HasPool = pool.Count > 0;
        this.retained = retained;
        OrdinaryMemory = ordinary;
        PoolFree = FreeMemory.Subtract(pool, live);
        OtherFree = FreeMemory.Subtract(usable, [.. pool, .. live]);
    }

    public IReadOnlyList<AddressRange> Usable { get; }

    /// <summary>Free blocks of the direct-map pool.</summary>
    public IReadOnlyList<AddressRange> PoolFree { get; }

    /// <summary>Free blocks outside the pool.</summary>
    public IReadOnlyList<AddressRange> OtherFree { get; }

    /// <summary>What ordinary (not direct-mapped) live domains take from the heap.</summary>
    public ByteSize OrdinaryMemory { get; }

    public bool HasPool { get; }

    public static ArmHostMemory Of(HostInventory host, HostUsage usage)
    {
        var arm = host.Arm ?? throw new ArgumentException("An arm64 host has its platform.", nameof(host));
        var kept = new List<AddressRange>(arm.FirmwareReserved);
        kept.AddRange(host.ReservedRegions.Select(r => r.Range));
        kept.AddRange(host.Devices.SelectMany(d => d.Mmio));
        kept.Add(arm.Gic.Distributor);
        kept.AddRange(arm.Gic.Redistributors);
        if (arm.Gic.CpuInterface is { } cpuInterface)
        {
            kept.Add(cpuInterface);
        }

        if (arm.Console is { } console)
        {
            kept.Add(console.Range);
        }

        var usable = FreeMemory.Subtract(arm.MemoryBanks, kept);
        var live = usage.StaticBanks.Select(b => b.Range).ToList();
        var held = Size(live);
        var ordinary = usage.Memory > held ? usage.Memory - held : ByteSize.Zero;
        return new ArmHostMemory(usable, FreeMemory.Subtract(arm.DirectMapPool, kept), live, usage.RetainedBanks, ordinary);
    }

    /// <summary>
    /// Every block an automatic bank could come from: usable RAM free of live banks, cut at the
    /// pool's edges (the allocator takes a bank from the pool or from outside it, never both).
    /// </summary>
    public IReadOnlyList<AddressRange> FreeBlocks() => [.. PoolFree.Concat(OtherFree).OrderBy(b => b.Start)];

    /// <summary>The heap's size once <paramref name="taken"/> is taken out of it as well.</summary>
    /// <remarks><see cref="OtherFree"/> is usable RAM less the pool and the live banks already.</remarks>
    public ByteSize HeapCapacity(IReadOnlyList<AddressRange> taken) => Size(FreeMemory.Subtract(OtherFree, [.. retained, .. taken]));

    /// <summary>What the heap has left for a new ordinary domain.</summary>
    public ByteSize HeapFree()
    {
        var capacity = HeapCapacity([]);
        return capacity > OrdinaryMemory ? capacity - OrdinaryMemory : ByteSize.Zero;
    }

    /// <summary>The live bank of another domain that <paramref name="bank"/> overlaps, if any.</summary>
    public static HeldBank? HolderOf(HostUsage usage, AddressRange bank) => usage.StaticBanks.FirstOrDefault(b => b.Range.Overlaps(bank));

    public static ByteSize Size(IEnumerable<AddressRange> ranges) => new(checked((ulong)AddressRange.TotalBytes(ranges)));
}
