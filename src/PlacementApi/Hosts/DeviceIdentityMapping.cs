using Placement.Domain.Inventory;
using Placement.Domain.Pci;

namespace Placement.Api.Hosts;

/// <summary>A device's identity from its body and back to the contract's notation (lower-case hex, labels by key).</summary>
internal static class DeviceIdentityMapping
{
    /// <summary>
    /// The identity a device body gives; null while a label has no value, or while an id or class
    /// code does not read unless <paramref name="lenient"/> (the validator reports it; the meaning
    /// rules read it as absent).
    /// </summary>
    public static DeviceIdentity? ToIdentity(this DeviceBody body, bool lenient)
    {
        ushort? vendor = PciIds.TryParseId(body.VendorId, out var v) ? v : null;
        ushort? device = PciIds.TryParseId(body.DeviceId, out var d) ? d : null;
        uint? classCode = PciIds.TryParseClassCode(body.ClassCode, out var c) ? c : null;
        var unreadable = (body.VendorId is not null && vendor is null) || (body.DeviceId is not null && device is null)
            || (body.ClassCode is not null && classCode is null);
        var labels = body.Labels ?? [];
        return (unreadable && !lenient) || labels.Any(l => l.Value is null)
            ? null
            : new DeviceIdentity(vendor, device, classCode, body.NumaNode, labels);
    }

    public static string? IdText(ushort? id) => id is { } value ? PciIds.FormatId(value) : null;

    public static string? ClassCodeText(uint? classCode) => classCode is { } value ? PciIds.FormatClassCode(value) : null;

    /// <summary>Labels in key order (ordinal), as every response lists them.</summary>
    public static Dictionary<string, string> ByKey(this IReadOnlyDictionary<string, string> labels) =>
        labels.OrderBy(l => l.Key, StringComparer.Ordinal).ToDictionary();
}
