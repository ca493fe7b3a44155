using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Placement.Api.Http;

/// <summary>
/// Turns what escapes a handler into a problem response: a missing or unreadable body into a 400
/// that says where (<see cref="RequestBodyProblems"/>); a database that cannot be reached, or
/// write conflicts that outlasted their retries, into a 503 with <c>Retry-After</c> (the transaction
/// was rolled back: nothing was written); anything else into a 500 without internals.
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => RequestBodyProblems.Malformed(httpContext, json),
            BadHttpRequestException missing when RequestBodyProblems.IsMissingBody(missing) => RequestBodyProblems.BodyRequired(),
            BadHttpRequestException unbound when PathParameters.Problem(httpContext, unbound) is { } path => path,
            // Kestrel cut a chunked body off at the endpoint's limit (BodyLimits).
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The body is too large.",
                Detail = "The body is larger than this endpoint reads.",
                Extensions = { ["code"] = ErrorCodes.BodyTooLarge },
            },
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "The request could not be read.",
                Detail = bad.Message,
                Extensions = { ["code"] = ErrorCodes.MalformedRequest },
            },
            _ => DatabaseFailures.Of(exception) switch
            {
                DatabaseFailure.Unavailable => DatabaseProblems.Unavailable(httpContext.Response),
                DatabaseFailure.Contention => DatabaseProblems.Contention(httpContext.Response),
                _ => null,
            },
        };
        if (problem is null)
        {
            LogUnhandled(logger, exception);
        }
        else if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            LogUnavailable(logger, (string)problem.Extensions["code"]!, exception.Message);
        }

        problem ??= new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "An unexpected error occurred.",
            Detail = "The error was logged with the traceId of this response.",
            Extensions = { ["code"] = ErrorCodes.InternalError },
        };
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answered 503 {Code}: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string code, string reason);
}

internal static class JsonPath
{
    /// <summary><c>$.devices[0].sbdf</c> → <c>devices[0].sbdf</c>; the whole document is <c>body</c>.</summary>
    public static string ToField(string? path) => path is null or "$" ? "body" : path.TrimStart('$', '.');
}
