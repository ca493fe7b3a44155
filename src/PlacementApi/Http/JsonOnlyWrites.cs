using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Placement.Api.Http;

/// <summary>
/// Writes take JSON or nothing. The endpoints that read a JSON body already refuse any other media type
/// (the framework's 415); this refuses a body of another type on the writes that read none (reboot,
/// destroy, unplug, host delete), so that no cross-site form (application/x-www-form-urlencoded,
/// multipart/form-data, text/plain: the types a browser sends without asking) can reboot a domain.
/// A request with no Content-Type passes: a form always has one. Endpoints that declare the media types
/// they read (the imports under /v1/imports take files, and change nothing) are left to their declaration.
/// </summary>
public static class JsonOnlyWrites
{
    /// <summary>The key of <see cref="HttpContext.Items"/> that marks a request refused here, for the problem's words.</summary>
    public static readonly object Refused = new();

    /// <summary>Runs after routing, which tells which endpoint the request is for.</summary>
    public static IApplicationBuilder UseJsonOnlyWrites(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (Refuses(context))
            {
                await WriteAsync(context);
                return;
            }

            await next(context);
        });

    private static bool Refuses(HttpContext context)
    {
        var request = context.Request;
        return (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method))
            && context.GetEndpoint() is { } endpoint
            // The endpoint for this method: a 405 stays a 405.
            && endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(request.Method, StringComparer.OrdinalIgnoreCase) == true
            && endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is null
            && request.ContentType is { Length: > 0 }
            && !request.HasJsonContentType();
    }

    // RequestBodyProblems.DescribeUnsupportedMediaType says what this endpoint takes.
    private static async Task WriteAsync(HttpContext context)
    {
        context.Items[Refused] = true;
        context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status415UnsupportedMediaType },
        });
    }
}
