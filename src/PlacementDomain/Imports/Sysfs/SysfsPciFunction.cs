using System.Globalization;
using Placement.Domain.Pci;

namespace Placement.Domain.Imports;

/// <summary>
/// Reads one function's attribute files under <c>/sys/bus/pci/devices/SSSS:BB:DD.F/</c>, given as
/// their texts (null when the file is absent): <c>vendor</c> and <c>device</c> (<c>0x8086</c>),
/// <c>class</c> (<c>0x030000</c>: class, subclass, prog-if), <c>numa_node</c> (<c>-1</c>: none) and
/// <c>resource</c> (<see cref="SysfsPciResource"/>). It never fails: what it cannot read is left
/// out (null, or no BAR), and <see cref="ReadWithWarnings"/> says what and why.
/// </summary>
public static class SysfsPciFunction
{
    public static ImportedDevice Read(PciAddress address, string? vendor, string? device, string? @class, string? resource, string? numaNode) =>
        ReadWithWarnings(address, vendor, device, @class, resource, numaNode).Device;

    /// <summary>As <see cref="Read"/>, with a warning for each attribute or resource line left out (its <c>Line</c> is the resource file's).</summary>
    public static (ImportedDevice Device, IReadOnlyList<ImportWarning> Warnings) ReadWithWarnings(
        PciAddress address, string? vendor, string? device, string? @class, string? resource, string? numaNode)
    {
        var warnings = new List<ImportWarning>();
        var vendorId = Attribute(address, "vendor", vendor, PciIds.IdRule, warnings, text => PciIds.TryParseId(text, out var id) ? id : (ushort?)null);
        var deviceId = Attribute(address, "device", device, PciIds.IdRule, warnings, text => PciIds.TryParseId(text, out var id) ? id : (ushort?)null);
        var classCode = Attribute(address, "class", @class, PciIds.ClassCodeRule, warnings, text => PciIds.TryParseClassCode(text, out var code) ? code : (uint?)null);
        var node = Attribute(address, "numa_node", numaNode, "a decimal number, -1 for none", warnings, NumaNode);
        var bars = resource is null ? [] : SysfsPciResource.Read(address, resource, warnings);
        var read = new ImportedDevice(address, vendorId, deviceId, classCode, bars) { NumaNode = node >= 0 ? node : null };
        return (read, warnings);
    }

    private static T? Attribute<T>(PciAddress address, string name, string? text, string rule, List<ImportWarning> warnings, Func<string, T?> parse)
        where T : struct
    {
        if (text is null)
        {
            return null;
        }

        var value = parse(text.Trim());
        if (value is null)
        {
            warnings.Add(new ImportWarning("sysfs-pci-attribute-unreadable", $"{address}/{name} is not {rule}: left out."));
        }

        return value;
    }

    private static int? NumaNode(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var node) && node >= -1 ? node : null;
}
