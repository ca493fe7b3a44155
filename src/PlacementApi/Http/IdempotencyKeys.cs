using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Placement.Api.Security;
using Placement.Persistence.Domains;

namespace Placement.Api.Http;

/// <summary>
/// The <c>Idempotency-Key</c> header of a request that creates: 1 to 255 visible ASCII characters.
/// The key is bound to a fingerprint of the method, path and body (as bound, so whitespace and
/// property order do not matter); the same key with another request is refused.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxLength = 255;

    public const string Description =
        "Any unique string of 1 to 255 visible ASCII characters (a UUID will do). A retry by the same caller with the same key and body gets the first " +
        "answer again (with Idempotent-Replayed: true); the same key with another request is a 422.";

    /// <summary>False when the header is present but not a valid key; <paramref name="key"/> is null when it is absent.</summary>
    public static bool TryRead<TBody>(HttpRequest request, TBody body, out IdempotencyKey? key)
    {
        key = null;
        var values = request.Headers[Header];
        if (values.Count == 0)
        {
            return true;
        }

        if (values is not [{ Length: > 0 and <= MaxLength } text] || !text.All(c => c is > ' ' and <= '~'))
        {
            return false;
        }

        var fingerprint = $"{request.Method} {request.Path}\n{JsonSerializer.Serialize(body, JsonSerializerOptions.Web)}";
        // Keys are the caller's own: another caller's same key is another key, its answer never shown here.
        key = new IdempotencyKey(request.HttpContext.Caller() ?? "", text, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint))));
        return true;
    }

    /// <summary>
    /// The outcome of a keyed write, to map to an answer like any other; a replay is marked with
    /// <see cref="ReplayedHeader"/>. Null when the key came before with another request.
    /// </summary>
    public static T? Answer<T>(HttpContext context, Keyed<T> write)
        where T : class
    {
        if (write is not Keyed<T>.Answered answered)
        {
            return null;
        }

        if (answered.Replayed)
        {
            context.Response.Headers[ReplayedHeader] = "true";
        }

        return answered.Outcome;
    }

    public static ValidationProblem Invalid() =>
        Problems.Validation(Header, ErrorCodes.InvalidIdempotencyKey, $"{Header} is one value of 1 to {MaxLength} visible ASCII characters.");
}
