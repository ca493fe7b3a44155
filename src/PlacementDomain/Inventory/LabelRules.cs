namespace Placement.Domain.Inventory;

/// <summary>
/// Labels are short <c>key=value</c> pairs used to select hosts (<c>rack=r12</c>) and devices
/// (<c>model=a100</c>); both kinds keep these rules.
/// </summary>
public static class LabelRules
{
    public const int MaxKeyLength = 63;
    public const int MaxValueLength = 63;

    public static bool IsValidKey(string key) =>
        key.Length is >= 1 and <= MaxKeyLength
        && char.IsAsciiLetterOrDigit(key[0])
        && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '/');

    public static bool IsValidValue(string value) =>
        value.Length <= MaxValueLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    /// <summary>Reads a label selector <c>key=value</c> (<c>rack=r12</c>); the value may be empty, as a label's may.</summary>
    public static bool TryParse(string? text, out string key, out string value)
    {
        (key, value) = text?.Split('=', 2) is [var k, var v] && IsValidKey(k) && IsValidValue(v) ? (k, v) : ("", "");
        return key.Length > 0;
    }

    /// <summary>True when <paramref name="labels"/> has every label of <paramref name="selector"/> with the same value (compared ordinally).</summary>
    public static bool Includes(IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> selector)
    {
        foreach (var (key, value) in selector)
        {
            if (!labels.TryGetValue(key, out var actual) || !string.Equals(actual, value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The violations of the labels at <paramref name="path"/> (<c>labels</c>, <c>devices[3].labels</c>).</summary>
    internal static IEnumerable<InventoryViolation> Check(IReadOnlyDictionary<string, string> labels, string path)
    {
        if (labels.Count > InventoryRules.MaxLabels)
        {
            yield return new(path, "too-many", $"At most {InventoryRules.MaxLabels} labels.");
        }

        foreach (var (key, value) in labels)
        {
            if (!IsValidKey(key))
            {
                yield return new($"{path}.{key}", "invalid-label",
                    $"A label key is 1 to {MaxKeyLength} characters of letters, digits, '.', '-', '_' and '/', starting with a letter or digit.");
            }
            else if (!IsValidValue(value))
            {
                yield return new($"{path}.{key}", "invalid-label",
                    $"A label value is at most {MaxValueLength} characters of letters, digits, '.', '-' and '_'.");
            }
        }
    }
}
