using System.Globalization;
using Microsoft.Extensions.Primitives;
using Placement.Persistence.Hosts;

namespace Placement.Api.Http;

/// <summary>
/// Generations as strong entity tags (<c>"7"</c>), and the conditional headers that carry them.
/// One strong tag or <c>*</c> per header: generations are exact, so weak tags have no use here.
/// </summary>
public static class EntityTags
{
    public static string Format(long generation) => $"\"{generation.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The precondition of <c>If-Match</c> / <c>If-None-Match: *</c>, or null when a header is malformed.</summary>
    public static HostPrecondition? ReadPrecondition(HttpRequest request)
    {
        var ifMatch = request.Headers.IfMatch;
        var ifNoneMatch = request.Headers.IfNoneMatch;
        return (ifMatch, ifNoneMatch) switch
        {
            ({ Count: 0 }, { Count: 0 }) => HostPrecondition.None,
            ({ Count: 0 }, _) when IsStar(ifNoneMatch) => HostPrecondition.MustNotExist,
            (_, { Count: 0 }) when IsStar(ifMatch) => HostPrecondition.MustExist,
            (_, { Count: 0 }) when TryParse(ifMatch, out var generation) => HostPrecondition.AtGeneration(generation),
            _ => null,
        };
    }

    private static bool IsStar(StringValues header) => header.ToString().Trim() == "*";

    private static bool TryParse(StringValues header, out long generation)
    {
        var text = header.ToString().Trim();
        generation = 0;
        return text.Length > 2 && text[0] == '"' && text[^1] == '"'
            && long.TryParse(text.AsSpan(1, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out generation);
    }
}
