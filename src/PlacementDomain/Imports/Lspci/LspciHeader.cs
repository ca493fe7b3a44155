using System.Globalization;
using System.Text.RegularExpressions;

namespace Placement.Domain.Imports;

/// <summary>
/// A function's first line, after its address, as pciutils' <c>show_terse</c> prints it:
/// <c>class: vendor device[ (rev xx)][ (prog-if xx[ [name]])]</c>. With <c>-nn</c> each name ends in
/// its number in brackets (<c>VGA compatible controller [0300]</c>, <c>... [8086:2a42]</c>), with
/// <c>-n</c> only numbers are printed (<c>0600: 8086:1237</c>).
/// </summary>
internal sealed partial record LspciHeader(ushort? VendorId, ushort? DeviceId, uint? ClassCode, string? Description)
{
    /// <summary>Reads the text after the address; null when it is not <c>class: device</c>.</summary>
    public static LspciHeader? TryRead(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var classText = text[..colon];
        var rest = text[(colon + 2)..];
        int? progIf = null;
        if (ProgIf().Match(rest) is { Success: true } p)
        {
            progIf = Hex(p.Groups[1].Value);
            rest = rest[..p.Index];
        }

        if (Revision().Match(rest) is { Success: true } r)
        {
            rest = rest[..r.Index];
        }

        var (className, classNumber) = Split(ClassNumber(), classText);
        var (deviceName, ids) = Split(DeviceNumbers(), rest);
        uint? classCode = classNumber is null ? null : ((uint)Hex(classNumber) << 8) | (uint)(progIf ?? 0);
        ushort? vendor = ids is null ? null : (ushort)Hex(ids[..4]);
        ushort? device = ids is null ? null : (ushort)Hex(ids[5..]);
        var description = className is null && deviceName is null ? null : $"{className ?? classText}: {deviceName ?? rest}";
        return new LspciHeader(vendor, device, classCode, description);
    }

    /// <summary>
    /// <c>Name [number]</c> (-nn; the greedy name makes it the last bracket, as names hold brackets
    /// too), a bare number (-n), or a name alone (null number).
    /// </summary>
    private static (string? Name, string? Number) Split(Regex numbered, string text)
    {
        if (numbered.Match(text) is not { Success: true } m)
        {
            return (text, null);
        }

        var name = m.Groups["name"];
        return (name.Success ? name.Value : null, m.Groups["number"].Value);
    }

    private static int Hex(string digits) => int.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    [GeneratedRegex(@" \(prog-if ([0-9a-fA-F]{2})(?: \[.*\])?\)$")]
    private static partial Regex ProgIf();

    [GeneratedRegex(@" \(rev [0-9a-fA-F]{2}\)$")]
    private static partial Regex Revision();

    // "Class 0600" / "Device 8086:1237" are what pciutils prints for numbers its names database lacks.
    [GeneratedRegex(@"^(?:(?<name>.*) \[(?<number>[0-9a-fA-F]{4})\]|Class (?<number>[0-9a-fA-F]{4})|(?<number>[0-9a-fA-F]{4}))$")]
    private static partial Regex ClassNumber();

    [GeneratedRegex(@"^(?:(?<name>.*) \[(?<number>[0-9a-fA-F]{4}:[0-9a-fA-F]{4})\]|Device (?<number>[0-9a-fA-F]{4}:[0-9a-fA-F]{4})|(?<number>[0-9a-fA-F]{4}:[0-9a-fA-F]{4}))$")]
    private static partial Regex DeviceNumbers();
}
