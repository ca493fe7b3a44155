namespace Placement.Api.Hosting;

/// <summary>
/// HEAD wherever GET is: the request is routed and answered as the GET (same status, ETag and other
/// headers), and the body is thrown away. Done here rather than by mapping HEAD on every endpoint, so
/// the OpenAPI document keeps one operation per GET.
/// </summary>
public static class HeadRequests
{
    /// <summary>Must run before routing (it picks the GET endpoint) and around the exception handler (its body is dropped too).</summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }

            var body = context.Response.Body;
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                // The server and the request log see the HEAD it was; a server sends no body for it.
                context.Request.Method = HttpMethods.Head;
                context.Response.Body = body;
            }
        });
}
