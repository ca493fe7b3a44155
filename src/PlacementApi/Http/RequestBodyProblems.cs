using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Placement.Api.Http;

/// <summary>
/// The problems of a JSON body that cannot be read: none at all (400 body-required), one of another
/// media type (415 unsupported-media-type), one that is not the endpoint's document (400 malformed-request),
/// one that names a property twice (400 duplicate-key).
/// Each names the field (<c>body</c> for the whole document) in <c>errors</c> and <c>violations</c>.
/// </summary>
internal static class RequestBodyProblems
{
    public const string MediaType = "application/json";

    /// <summary>
    /// The framework's own words when an endpoint that takes a JSON body gets none (or the document
    /// <c>null</c>): an inferred body, or one marked [FromBody].
    /// </summary>
    public static bool IsMissingBody(BadHttpRequestException exception) =>
        exception.StatusCode == StatusCodes.Status400BadRequest
        && exception.InnerException is null
        && (exception.Message.Contains("no body was provided", StringComparison.Ordinal)
            || exception.Message.Contains("was not provided from body", StringComparison.Ordinal));

    public static ProblemDetails BodyRequired() =>
        Problem(StatusCodes.Status400BadRequest, ErrorCodes.BodyRequired, "The request has no body.", "body",
            $"A JSON body is required: send this endpoint's document as {MediaType} (the example in Swagger UI is one).");

    /// <summary>
    /// A 415: says which media type the endpoint reads, JSON but for the imports (under
    /// <see cref="FilePaths"/>), which read a file as it is, and the writes that read no body (JSON or none).
    /// </summary>
    public static void DescribeUnsupportedMediaType(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Status != StatusCodes.Status415UnsupportedMediaType)
        {
            return;
        }

        var request = context.HttpContext.Request;
        var sent = request.ContentType is { Length: > 0 } type ? $"Content-Type {type}" : "no Content-Type";
        var file = request.Path.StartsWithSegments(FilePaths, StringComparison.Ordinal);
        var bodiless = context.HttpContext.Items.ContainsKey(JsonOnlyWrites.Refused);
        context.ProblemDetails.Title = file ? "The request body is not a file this endpoint reads."
            : bodiless ? "The request has a body of a type this endpoint does not take."
            : "The request body is not JSON.";
        context.ProblemDetails.Detail = file
            ? $"This endpoint reads a file as it is: send Content-Type: text/plain (application/octet-stream for a binary table). The request has {sent}."
            : bodiless ? $"This endpoint reads no body: send none, or Content-Type: {MediaType} (the request has {sent})."
            : $"This endpoint reads a JSON body: send Content-Type: {MediaType} (the request has {sent}).";
        context.ProblemDetails.Extensions["code"] = ErrorCodes.UnsupportedMediaType;
    }

    /// <summary>Where the endpoints that read files as they are live.</summary>
    public const string FilePaths = "/v1/imports";

    /// <summary>A body that does not read as the endpoint's document: the field, and what it must be.</summary>
    public static ProblemDetails Malformed(HttpContext context, JsonException json)
    {
        var field = JsonPath.ToField(json.Path);
        if (json.Message.StartsWith("Duplicate propert", StringComparison.Ordinal))
        {
            return Problem(StatusCodes.Status400BadRequest, ErrorCodes.DuplicateKey, "The request body names a property twice.", field,
                $"{field} appears more than once in its object (names are matched without regard to case): send each property once.");
        }

        var reason = json.Message switch
        {
            var m when m.Contains("could not be mapped", StringComparison.Ordinal) => "is not a known property of this document",
            var m when m.StartsWith("must be", StringComparison.Ordinal) => m.Split(" Path:")[0].TrimEnd('.'),
            var m when m.Contains("could not be converted", StringComparison.Ordinal) =>
                ExpectedAt(context, json.Path) is { } expected ? $"must be {expected}" : "has the wrong type",
            _ => "is not valid JSON here",
        };
        return Problem(StatusCodes.Status400BadRequest, ErrorCodes.MalformedRequest, "The request body does not read as this endpoint's document.",
            field, $"{field} {reason}.");
    }

    // The exception handler has cleared the endpoint from the context; its feature keeps it.
    private static string? ExpectedAt(HttpContext context, string? path) =>
        (context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint())?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType is { } body
            ? JsonFieldType.Expected(body, path, context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions)
            : null;

    private static ProblemDetails Problem(int status, string code, string title, string field, string message) => new()
    {
        Status = status,
        Title = title,
        Detail = message,
        Extensions =
        {
            ["code"] = code,
            ["errors"] = new Dictionary<string, string[]> { [field] = [message] },
            ["violations"] = new[] { new Violation(field, code, message) },
        },
    };
}
