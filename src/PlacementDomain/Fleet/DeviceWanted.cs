using Placement.Domain.Inventory;
using Placement.Domain.Layout;

namespace Placement.Domain.Fleet;

/// <summary>
/// A kind of device a placement asks for, <see cref="Count"/> of them (at least 1): every criterion
/// given must match, none given matches any device. <see cref="Policy"/> is the devices' own RDM
/// policy, as a device of a plan request may have one.
/// </summary>
/// <param name="Name">The request's name (<c>gpu</c>), naming the devices chosen for it.</param>
/// <param name="ClassCode">A prefix of the class code: 2, 4 or 6 hex digits.</param>
/// <param name="Labels">Labels the device must carry, each with the same value.</param>
public sealed record DeviceWanted(
    string Name, int Count, ushort? VendorId, ushort? DeviceId, ClassCodePrefix? ClassCode, IReadOnlyDictionary<string, string> Labels, RdmPolicy? Policy = null)
{
    public int Count { get; } = Count >= 1 ? Count : throw new ArgumentOutOfRangeException(nameof(Count), Count, "A device request asks for at least one device.");

    /// <summary>Any <paramref name="count"/> devices, whatever they are.</summary>
    public static DeviceWanted Any(string name, int count = 1) => new(name, count, null, null, null, new Dictionary<string, string>());

    /// <summary>
    /// True when the device's identity has every given criterion: the same vendor and device id,
    /// a class code with the prefix, each label with its value. A device with no identity matches
    /// only a request without criteria.
    /// </summary>
    public bool Matches(PciDevice device)
    {
        var identity = device.Identity;
        return (VendorId is null || identity.VendorId == VendorId)
            && (DeviceId is null || identity.DeviceId == DeviceId)
            && (ClassCode is not { } prefix || (identity.ClassCode is { } code && prefix.Matches(code)))
            && LabelRules.Includes(identity.Labels, Labels);
    }
}
