using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Inventory;

/// <summary>
/// What the live domains of a host hold: the domain that owns each assigned device, and the
/// memory they use (the sum of their <c>memory</c>). A device has at most one owner (§6 step 3).
/// </summary>
public sealed record HostUsage(IReadOnlyDictionary<PciAddress, Guid> Owners, ByteSize Memory)
{
    public static HostUsage None { get; } = new(new Dictionary<PciAddress, Guid>(), ByteSize.Zero);

    /// <summary>True when some live domain runs on the host.</summary>
    public bool IsInUse => Owners.Count > 0 || Memory > ByteSize.Zero;

    public Guid? OwnerOf(PciAddress device) => Owners.TryGetValue(device, out var owner) ? owner : null;
}
