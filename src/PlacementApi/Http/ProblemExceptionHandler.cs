using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Placement.Api.Http;

/// <summary>
/// Turns what escapes a handler into a problem response: an unreadable request into a 400 that
/// says where; a database that cannot be reached, or write conflicts that outlasted their retries,
/// into a 503 with <c>Retry-After</c> (the transaction was rolled back: nothing was written);
/// anything else into a 500 without internals.
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
            _ => DatabaseFailures.Of(exception) switch
            {
                DatabaseFailure.Unavailable => Unavailable(httpContext, ErrorCodes.DatabaseUnavailable, OutageRetryAfterSeconds,
                    "The database is unavailable.", "The request was not carried out; nothing was written. Retry after the time in Retry-After."),
                DatabaseFailure.Contention => Unavailable(httpContext, ErrorCodes.DatabaseContention, ContentionRetryAfterSeconds,
                    "Concurrent writes kept conflicting.", "The write was retried and conflicted every time; nothing was written. Retry after the time in Retry-After."),
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

    private const int OutageRetryAfterSeconds = 5;
    private const int ContentionRetryAfterSeconds = 1;

    private static ProblemDetails Unavailable(HttpContext httpContext, string code, int retryAfterSeconds, string title, string detail)
    {
        httpContext.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = title,
            Detail = detail,
            Extensions = { ["code"] = code },
        };
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answered 503 {Code}: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string code, string reason);
}

/// <summary>
/// What a failure of PostgreSQL means for the caller, found anywhere in the exception's chain (EF
/// wraps Npgsql's exceptions in its own).
/// </summary>
internal enum DatabaseFailure
{
    None,

    /// <summary>No connection, a broken one, a server shutting down, or no free connection in time.</summary>
    Unavailable,

    /// <summary>Serialization failures or deadlocks that every retry met again.</summary>
    Contention,
}

internal static class DatabaseFailures
{
    public static DatabaseFailure Of(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected }:
                    return DatabaseFailure.Contention;
                case PostgresException postgres:
                    // Class 08 connection exceptions, 57P0x shutdowns, too many connections; any other SQL error is ours (500).
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57P0", StringComparison.Ordinal)
                        || postgres.SqlState == PostgresErrorCodes.TooManyConnections
                        ? DatabaseFailure.Unavailable
                        : DatabaseFailure.None;
                case NpgsqlException { IsTransient: true }:
                case TimeoutException:
                    return DatabaseFailure.Unavailable;
            }
        }

        return DatabaseFailure.None;
    }
}

internal static class JsonPath
{
    /// <summary><c>$.devices[0].sbdf</c> → <c>devices[0].sbdf</c>; the whole document is <c>body</c>.</summary>
    public static string ToField(string? path) => path is null or "$" ? "body" : path.TrimStart('$', '.');
}
