using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Http;

namespace Placement.Api.Limits;

/// <summary>The answers of a request turned away before it ran: nothing was read or written.</summary>
internal static class LoadProblems
{
    /// <summary>How long an overloaded instance asks callers to wait: long enough for the queue to drain.</summary>
    public const int OverloadedRetryAfterSeconds = 1;

    public static ProblemHttpResult RateLimited(LimitOptions limits) =>
        Problems.Of(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, "Too many requests from this caller.",
            $"Each caller may send {limits.PermitsPerSecondPerCaller} requests a second, in bursts of up to {limits.BurstPerCaller}. " +
            "The request was not carried out; retry after the time in Retry-After.");

    public static ProblemHttpResult Overloaded() =>
        Problems.Of(StatusCodes.Status503ServiceUnavailable, ErrorCodes.Overloaded, "The service is overloaded.",
            "Every worker is busy and the queue is full. The request was not carried out; retry after the time in Retry-After, " +
            "or on another instance.");

    public static Task RateLimitedAsync(HttpContext context, TimeSpan retryAfter, LimitOptions limits) =>
        WriteAsync(context, RateLimited(limits), Seconds(retryAfter));

    public static Task OverloadedAsync(HttpContext context) => WriteAsync(context, Overloaded(), OverloadedRetryAfterSeconds);

    public static Task BodyTooLargeAsync(HttpContext context, long limit) =>
        Problems.Of(StatusCodes.Status413PayloadTooLarge, ErrorCodes.BodyTooLarge, "The body is too large.",
            $"This endpoint reads bodies of at most {BodyLimits.Describe(limit)}.",
            new Dictionary<string, object?> { ["limitBytes"] = limit }).ExecuteAsync(context);

    /// <summary>Whole seconds, at least one: Retry-After has no fractions, and 0 invites an immediate retry.</summary>
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    private static Task WriteAsync(HttpContext context, ProblemHttpResult problem, int retryAfterSeconds)
    {
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return problem.ExecuteAsync(context);
    }
}
