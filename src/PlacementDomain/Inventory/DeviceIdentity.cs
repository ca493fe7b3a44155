namespace Placement.Domain.Inventory;

/// <summary>
/// What a device is, for requests that ask for a kind of device rather than an address: the PCI
/// vendor and device ids (<c>0x10de</c>, <c>0x20b0</c>), the 24-bit class code (class, subclass,
/// programming interface: <c>0x030200</c>), the NUMA node it is attached to, and free-form labels
/// (<c>model=a100</c>). Every part is optional: older inventories carry none.
/// </summary>
public sealed record DeviceIdentity(ushort? VendorId, ushort? DeviceId, uint? ClassCode, int? NumaNode, IReadOnlyDictionary<string, string> Labels)
{
    /// <summary>The largest class code: three bytes.</summary>
    public const uint MaxClassCode = 0xFFFFFF;

    public static readonly DeviceIdentity None = new(null, null, null, null, new Dictionary<string, string>());

    /// <summary>True when the device is known to be the same model as <paramref name="other"/> (same vendor and device id).</summary>
    public bool IsEquivalentTo(DeviceIdentity other) =>
        VendorId is { } vendor && DeviceId is { } device && vendor == other.VendorId && device == other.DeviceId;
}
