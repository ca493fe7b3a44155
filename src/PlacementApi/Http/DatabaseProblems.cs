using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Placement.Api.Http;

/// <summary>
/// The 503s of a database that cannot answer: unreachable (<c>database-unavailable</c>) or write
/// conflicts that outlasted their retries (<c>database-contention</c>). The transaction was rolled
/// back, so nothing was written; <c>Retry-After</c> says when to try again.
/// </summary>
internal static class DatabaseProblems
{
    public const int OutageRetryAfterSeconds = 5;
    public const int ContentionRetryAfterSeconds = 1;

    public static ProblemDetails Unavailable(HttpResponse response) => Problem(response, OutageRetryAfterSeconds, Unavailable());

    public static ProblemDetails Contention(HttpResponse response) => Problem(response, ContentionRetryAfterSeconds, Contention());

    public static ProblemDetails Unavailable() => Problem(ErrorCodes.DatabaseUnavailable, "The database is unavailable.",
        "The request was not carried out; nothing was written. Retry after the time in Retry-After.");

    public static ProblemDetails Contention() => Problem(ErrorCodes.DatabaseContention, "Concurrent writes kept conflicting.",
        "The write was retried and conflicted every time; nothing was written. Retry after the time in Retry-After.");

    private static ProblemDetails Problem(HttpResponse response, int retryAfterSeconds, ProblemDetails problem)
    {
        response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return problem;
    }

    private static ProblemDetails Problem(string code, string title, string detail) => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = title,
        Detail = detail,
        Extensions = { ["code"] = code },
    };
}
