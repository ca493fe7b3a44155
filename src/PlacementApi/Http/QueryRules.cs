using Placement.Domain.Inventory;

namespace Placement.Api.Http;

/// <summary>
/// The rules of query parameters, with the codes and messages a body's field of the same kind gets
/// (<see cref="ValidationRules"/>): host names (<c>invalid-host-name</c>), names from a list
/// (<c>invalid-value</c>), label selectors (<c>invalid-label</c>); the page is <see cref="Paging"/>'s.
/// Each adds its violations to one list, so a listing answers every broken parameter in one 400.
/// </summary>
public static class QueryRules
{
    public static string NotAHostName(string value) => $"'{value}' is not a host name: {Domain.Inventory.HostName.Rule}.";

    public static string NotOneOf(string field, IEnumerable<string> names) => $"{field} must be one of {string.Join(", ", names)}.";

    public const string NotALabelSelector = "label is key=value, e.g. rack=r12, with a key and value as host labels have them.";

    public static void HostName(string? value, string field, List<Violation> violations)
    {
        if (value is not null && !Domain.Inventory.HostName.IsValid(value))
        {
            violations.Add(new(field, ErrorCodes.InvalidHostName, NotAHostName(value)));
        }
    }

    /// <summary>The value <paramref name="value"/> names, null when absent or unknown (then a violation).</summary>
    public static T? OneOf<T>(string? value, string field, IReadOnlyDictionary<string, T> names, List<Violation> violations)
        where T : struct
    {
        if (value is null)
        {
            return null;
        }

        if (names.TryGetValue(value, out var named))
        {
            return named;
        }

        violations.Add(new(field, ErrorCodes.InvalidValue, NotOneOf(field, names.Keys)));
        return null;
    }

    /// <summary>The label selectors <c>key=value</c> of a repeated parameter, as a key → value filter.</summary>
    public static Dictionary<string, string> LabelSelectors(string[]? selectors, string field, List<Violation> violations)
    {
        var filter = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var selector in selectors ?? [])
        {
            if (LabelRules.TryParse(selector, out var key, out var value))
            {
                filter[key] = value;
            }
            else
            {
                violations.Add(new(field, ErrorCodes.InvalidLabel, NotALabelSelector));
            }
        }

        return filter;
    }
}
