using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Inventory;

/// <summary>
/// What the live domains of a host hold: the domain that owns each assigned device, and the
/// memory they use (the sum of their <c>memory</c>). A device has at most one owner (§6 step 3).
/// On arm64 hosts, also the static banks of live direct-mapped domains and the banks destroyed
/// ones left behind (§8: they never return to the heap; direct-mapped domains may take them again).
/// </summary>
public sealed record HostUsage(IReadOnlyDictionary<PciAddress, Guid> Owners, ByteSize Memory)
{
    /// <summary>The static memory banks live direct-mapped domains hold, with their holder.</summary>
    public IReadOnlyList<HeldBank> StaticBanks { get; init; } = [];

    /// <summary>Banks of destroyed direct-mapped domains: out of the heap until the host reboots, free for direct-mapped domains.</summary>
    public IReadOnlyList<AddressRange> RetainedBanks { get; init; } = [];

    public static HostUsage None { get; } = new(new Dictionary<PciAddress, Guid>(), ByteSize.Zero);

    /// <summary>True when some live domain runs on the host.</summary>
    public bool IsInUse => Owners.Count > 0 || Memory > ByteSize.Zero;

    /// <summary>What the live domains leave free of a host's <paramref name="memory"/>; zero when they use more.</summary>
    public ByteSize FreeOf(ByteSize memory) => memory > Memory ? memory - Memory : ByteSize.Zero;

    public Guid? OwnerOf(PciAddress device) => Owners.TryGetValue(device, out var owner) ? owner : null;

    /// <summary>What the other live domains hold: without <paramref name="domain"/>'s devices and its <paramref name="memory"/>.</summary>
    public HostUsage Without(Guid domain, ByteSize memory) =>
        this with
        {
            Owners = Owners.Where(o => o.Value != domain).ToDictionary(o => o.Key, o => o.Value),
            Memory = Memory > memory ? Memory - memory : ByteSize.Zero,
        };
}

/// <summary>A static memory bank and the live domain that holds it.</summary>
public sealed record HeldBank(Guid Domain, AddressRange Range);
