using Microsoft.AspNetCore.Http.HttpResults;

namespace Placement.Api.Http;

/// <summary>
/// A body taken as it is (a file an operator has: a DMAR table, a boot log, an xl.cfg), up to a
/// limit: a larger one is a 413 before it is all read, a missing one a 400. (A media type the
/// endpoint does not accept is the framework's 415, which RequestBodyProblems describes.)
/// </summary>
internal static class RawBody
{
    public static async Task<(byte[]? Content, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, long limit, IReadOnlyList<string> mediaTypes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, TooLarge(limit));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == 0
            ? (null, Problems.Of(StatusCodes.Status400BadRequest, ErrorCodes.BodyRequired, "The request has no body.",
                $"Send the file as the body, with Content-Type {string.Join(" or ", mediaTypes)}."))
            : (buffer.ToArray(), null);
    }

    public static ProblemHttpResult TooLarge(long limit) =>
        Problems.Of(StatusCodes.Status413PayloadTooLarge, ErrorCodes.BodyTooLarge, "The body is too large.",
            $"This endpoint reads files of at most {limit / 1024} KiB. Send the one table or log it asks for, not an archive of several.",
            new Dictionary<string, object?> { ["limitBytes"] = limit });
}
