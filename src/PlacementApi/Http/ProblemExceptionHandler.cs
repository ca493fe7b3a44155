using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Placement.Api.Http;

/// <summary>
/// Turns what escapes a handler into a problem response: an unreadable request into a 400 that
/// says where, anything else into a 500 without internals.
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => Malformed(json),
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "The request could not be read.",
                Detail = bad.Message,
                Extensions = { ["code"] = ErrorCodes.MalformedRequest },
            },
            _ => null,
        };
        if (problem is null)
        {
            LogUnhandled(logger, exception);
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

    private static ProblemDetails Malformed(JsonException json)
    {
        var field = JsonPath.ToField(json.Path);
        var reason = json.Message switch
        {
            var m when m.Contains("could not be mapped", StringComparison.Ordinal) => "is not a known property of this document",
            var m when m.Contains("could not be converted", StringComparison.Ordinal) => "has the wrong type",
            var m when m.StartsWith("must be", StringComparison.Ordinal) => m.Split(" Path:")[0].TrimEnd('.'),
            _ => "is not valid JSON here",
        };
        return new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body does not read as this endpoint's document.",
            Detail = $"{field} {reason}.",
            Extensions =
            {
                ["code"] = ErrorCodes.MalformedRequest,
                ["errors"] = new Dictionary<string, string[]> { [field] = [$"{field} {reason}."] },
            },
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}

internal static class JsonPath
{
    /// <summary><c>$.devices[0].sbdf</c> → <c>devices[0].sbdf</c>; the whole document is <c>body</c>.</summary>
    public static string ToField(string? path) => path is null or "$" ? "body" : path.TrimStart('$', '.');
}
