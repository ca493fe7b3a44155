using System.Globalization;

namespace Placement.Domain.Pci;

/// <summary>
/// The notation of a device's PCI ids, as lspci -nn and sysfs print them: a vendor or device id is
/// <c>0x</c> and exactly 4 hex digits (<c>0x10de</c>), a class code <c>0x</c> and exactly 6 (class,
/// subclass, programming interface: <c>0x030200</c>). Either case on input, lower case on output.
/// </summary>
public static class PciIds
{
    public const string IdRule = "0x and 4 hex digits";
    public const string ClassCodeRule = "0x and 6 hex digits: class, subclass and programming interface";

    private const int IdDigits = 4;
    private const int ClassCodeDigits = 6;

    public static bool TryParseId(string? text, out ushort id)
    {
        var read = TryParse(text, IdDigits, out var value);
        id = (ushort)value;
        return read;
    }

    public static ushort ParseId(string text) => TryParseId(text, out var id) ? id : throw new FormatException($"'{text}' is not a PCI id: {IdRule}.");

    public static bool TryParseClassCode(string? text, out uint classCode) => TryParse(text, ClassCodeDigits, out classCode);

    public static string FormatId(ushort id) => Format(id, IdDigits);

    public static string FormatClassCode(uint classCode) => Format(classCode, ClassCodeDigits);

    private static string Format(uint value, int digits) => "0x" + value.ToString("x" + digits, CultureInfo.InvariantCulture);

    /// <summary>Reads <c>0x</c> followed by exactly <paramref name="digits"/> hex digits; nothing else (no sign, no spaces).</summary>
    private static bool TryParse(string? text, int digits, out uint value)
    {
        value = 0;
        return text is not null && text.Length == digits + 2 && text[0] == '0' && text[1] is 'x' or 'X'
            && uint.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }
}
