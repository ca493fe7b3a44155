using System.Globalization;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Placement.Persistence.Hosts;

namespace Placement.Api.Http;

/// <summary>
/// Generations as strong entity tags (<c>"7"</c>), and the conditional headers that carry them.
/// One strong tag or <c>*</c> per header: generations are exact, so weak tags have no use here.
/// </summary>
public static class EntityTags
{
    public static EntityTagHeaderValue Of(long generation) => new($"\"{generation.ToString(CultureInfo.InvariantCulture)}\"");

    public static string Format(long generation) => Of(generation).ToString();

    /// <summary>The precondition of <c>If-Match</c> / <c>If-None-Match: *</c>, or null when a header is malformed.</summary>
    public static HostPrecondition? ReadPrecondition(HttpRequest request)
    {
        var ifMatch = request.Headers.IfMatch;
        var ifNoneMatch = request.Headers.IfNoneMatch;
        return (ifMatch, ifNoneMatch) switch
        {
            ({ Count: 0 }, { Count: 0 }) => HostPrecondition.None,
            ({ Count: 0 }, _) when Single(ifNoneMatch) is { } tag && tag.Equals(EntityTagHeaderValue.Any) => HostPrecondition.MustNotExist,
            (_, { Count: 0 }) when Single(ifMatch) is { } tag && tag.Equals(EntityTagHeaderValue.Any) => HostPrecondition.MustExist,
            (_, { Count: 0 }) when Single(ifMatch) is { IsWeak: false } tag && Generation(tag) is { } generation => HostPrecondition.AtGeneration(generation),
            _ => null,
        };
    }

    /// <summary>
    /// The header's one entity tag, or null for none, several, or any that does not parse. Strict:
    /// <c>GetTypedHeaders()</c> would skip an unreadable tag and act on the rest.
    /// </summary>
    private static EntityTagHeaderValue? Single(StringValues header) =>
        EntityTagHeaderValue.TryParseStrictList(header, out var tags) && tags is [var tag] ? tag : null;

    private static long? Generation(EntityTagHeaderValue tag) =>
        long.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var generation) ? generation : null;
}
