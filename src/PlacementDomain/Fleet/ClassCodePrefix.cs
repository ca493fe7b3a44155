using System.Globalization;

namespace Placement.Domain.Fleet;

/// <summary>
/// The first 2, 4 or 6 hex digits of a 24-bit PCI class code, as a device request gives them:
/// the class (<c>0x03</c>, display), class and subclass (<c>0x0302</c>, 3D controller), or the
/// whole code with its programming interface (<c>0x030200</c>).
/// </summary>
public readonly record struct ClassCodePrefix
{
    public const string Rule = "a class code is 0x followed by 2, 4 or 6 hex digits (class, subclass, programming interface)";

    private ClassCodePrefix(uint value, int digits) => (Value, Digits) = (value, digits);

    /// <summary>The prefix as a number: <c>0x0302</c> is 0x302.</summary>
    public uint Value { get; }

    /// <summary>How many hex digits the prefix has: 2, 4 or 6.</summary>
    public int Digits { get; }

    public static bool TryParse(string? text, out ClassCodePrefix prefix)
    {
        prefix = default;
        if (text is not { Length: 4 or 6 or 8 } || text[0] != '0' || (text[1] != 'x' && text[1] != 'X')
            || !uint.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        prefix = new ClassCodePrefix(value, text.Length - 2);
        return true;
    }

    public static ClassCodePrefix Parse(string text) =>
        TryParse(text, out var prefix) ? prefix : throw new FormatException($"'{text}' is not a class code: {Rule}.");

    /// <summary>True when <paramref name="classCode"/> (24 bits) starts with this prefix.</summary>
    public bool Matches(uint classCode) => classCode >> Shift == Value;

    /// <summary>The class codes with this prefix: from <c>Low</c> to <c>High</c>, both inclusive.</summary>
    public (uint Low, uint High) Range => (Value << Shift, (Value << Shift) | ((1u << Shift) - 1));

    private int Shift => 4 * (6 - Digits);

    public override string ToString() => "0x" + Value.ToString("x" + Digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
