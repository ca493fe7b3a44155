namespace Placement.Domain.Inventory;

/// <summary>The name of a host: <c>[a-z0-9][a-z0-9.-]{0,62}</c>, e.g. <c>xen-r12-07</c>.</summary>
public readonly record struct HostName
{
    public const string Rule = "a host name is 1 to 63 characters of lower-case letters a-z, digits 0-9, '.' and '-', starting with a letter or digit";

    private HostName(string value) => Value = value;

    public string Value { get; }

    public static bool IsValid(string? text) =>
        text is { Length: >= 1 and <= 63 }
        && IsLetterOrDigit(text[0])
        && text.All(c => IsLetterOrDigit(c) || c is '.' or '-');

    public static bool TryParse(string? text, out HostName name)
    {
        name = IsValid(text) ? new HostName(text!) : default;
        return name.Value is not null;
    }

    public static HostName Parse(string text) =>
        TryParse(text, out var name) ? name : throw new FormatException($"'{text}' is not a host name: {Rule}.");

    public override string ToString() => Value;

    private static bool IsLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
}
