namespace Placement.Domain.Pci;

/// <summary>
/// A PCI function address <c>SSSS:BB:DD.F</c> (segment, bus, device, function). Parsed from hex
/// with the segment optional; always printed with it, in lower case.
/// </summary>
public readonly record struct PciAddress : IComparable<PciAddress>, ISpanFormattable
{
    public const int MaxDevice = 0x1f;
    public const int MaxFunction = 7;

    public const string Rule = "a PCI address is [SSSS:]BB:DD.F in hex: segment <= ffff, bus <= ff, device <= 1f, function <= 7";

    // Segment, bus, device and function packed in bus order: one compare for equality and ordering.
    private readonly uint key;

    public PciAddress(int segment, int bus, int device, int function)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(segment);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(segment, 0xffff);
        ArgumentOutOfRangeException.ThrowIfNegative(bus);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bus, 0xff);
        ArgumentOutOfRangeException.ThrowIfNegative(device);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(device, MaxDevice);
        ArgumentOutOfRangeException.ThrowIfNegative(function);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(function, MaxFunction);
        key = ((uint)segment << 16) | ((uint)bus << 8) | ((uint)device << 3) | (uint)function;
    }

    public int Segment => (int)(key >> 16);

    public int Bus => (int)((key >> 8) & 0xff);

    public int Device => (int)((key >> 3) & MaxDevice);

    public int Function => (int)(key & MaxFunction);

    public static PciAddress Parse(string text) =>
        TryParse(text, out var address) ? address : throw new FormatException($"'{text}' is not a PCI address: {Rule}.");

    public static bool TryParse(string? text, out PciAddress address) => TryParse(text.AsSpan(), out address);

    /// <summary>Reads <c>[SSSS:]BB:DD.F</c> without allocating: a fleet check reads one per device of every region.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PciAddress address)
    {
        address = default;
        var colon = text.LastIndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        var head = text[..colon];
        var tail = text[(colon + 1)..];
        var segmentText = "0".AsSpan();
        if (head.IndexOf(':') is var first and >= 0)
        {
            segmentText = head[..first];
            head = head[(first + 1)..];
        }

        var dot = tail.IndexOf('.');
        if (dot < 0
            || !TryHex(segmentText, 4, out var segment)
            || !TryHex(head, 2, out var bus)
            || !TryHex(tail[..dot], 2, out var device)
            || !TryHex(tail[(dot + 1)..], 1, out var function)
            || device > MaxDevice
            || function > MaxFunction)
        {
            return false;
        }

        address = new PciAddress(segment, bus, device, function);
        return true;
    }

    public int CompareTo(PciAddress other) => key.CompareTo(other.key);

    public static bool operator <(PciAddress a, PciAddress b) => a.key < b.key;

    public static bool operator >(PciAddress a, PciAddress b) => a.key > b.key;

    public static bool operator <=(PciAddress a, PciAddress b) => a.key <= b.key;

    public static bool operator >=(PciAddress a, PciAddress b) => a.key >= b.key;

    public override string ToString() => string.Create(12, key, static (chars, key) => Write(key, chars));

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = destination.Length >= 12 ? 12 : 0;
        if (charsWritten > 0)
        {
            Write(key, destination);
        }

        return charsWritten > 0;
    }

    /// <summary>Writes <c>ssss:bb:dd.f</c>: formatting is on the path of every finding message.</summary>
    private static void Write(uint key, Span<char> chars)
    {
        const string digits = "0123456789abcdef";
        var segment = key >> 16;
        var bus = (key >> 8) & 0xff;
        var device = (key >> 3) & MaxDevice;
        chars[0] = digits[(int)(segment >> 12)];
        chars[1] = digits[(int)((segment >> 8) & 0xf)];
        chars[2] = digits[(int)((segment >> 4) & 0xf)];
        chars[3] = digits[(int)(segment & 0xf)];
        chars[4] = ':';
        chars[5] = digits[(int)(bus >> 4)];
        chars[6] = digits[(int)(bus & 0xf)];
        chars[7] = ':';
        chars[8] = digits[(int)(device >> 4)];
        chars[9] = digits[(int)(device & 0xf)];
        chars[10] = '.';
        chars[11] = digits[(int)(key & MaxFunction)];
    }

    private static bool TryHex(ReadOnlySpan<char> text, int maxDigits, out int value)
    {
        value = 0;
        if (text.Length < 1 || text.Length > maxDigits)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }

            value = (value << 4) | (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }

        return true;
    }
}
