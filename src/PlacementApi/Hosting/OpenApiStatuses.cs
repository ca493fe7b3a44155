using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Placement.Api.Hosting;

/// <summary>
/// The statuses every /v1 operation can answer whatever it does, documented once: 401 and 403
/// (authentication and roles), 405 (a method the path does not take), 429 (rate limit) and 503
/// (database outage or overload); 413 and 415 where the operation reads a body or writes. Each is a problem,
/// with the example <see cref="Examples.ForProblem(string?, int)"/> gives it.
/// </summary>
internal sealed class CommonStatusOperationFilter : IOperationFilter
{
    private static readonly (string Status, string Description, bool BodyOnly)[] Statuses =
    [
        ("401", "No valid bearer token: missing, expired or not signed by a trusted issuer.", false),
        ("403", "The token is valid but its role may not do this.", false),
        ("405", "The path does not take this method; Allow lists those it takes.", false),
        ("413", "The body is larger than the service accepts.", true),
        ("415", "The body's Content-Type is not one the operation reads.", true),
        ("429", "Too many requests from this caller: retry after Retry-After.", false),
    ];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.RelativePath?.StartsWith("v1/", StringComparison.Ordinal) != true)
        {
            return;
        }

        operation.Responses ??= [];
        // A write without a body still answers 415 to a form's media type (JsonOnlyWrites) and 413 to a body over its limit.
        var hasBody = operation.RequestBody is not null || context.ApiDescription.HttpMethod is "POST" or "PUT" or "DELETE" or "PATCH";
        foreach (var (status, description, bodyOnly) in Statuses)
        {
            if ((hasBody || !bodyOnly) && !operation.Responses.ContainsKey(status))
            {
                operation.Responses[status] = new OpenApiResponse
                {
                    Description = description,
                    Content = new Dictionary<string, IOpenApiMediaType>
                    {
                        ["application/problem+json"] = new OpenApiMediaType
                        {
                            Schema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository),
                        },
                    },
                };
            }
        }
    }
}

/// <summary>
/// Problems are RFC 9457 objects: every member is optional (a 400 of a malformed request has no
/// <c>errors</c>), and the service adds a stable <c>code</c> and the request's <c>traceId</c>.
/// </summary>
internal sealed class ProblemSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (!typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(context.Type) || schema is not OpenApiSchema concrete)
        {
            return;
        }

        concrete.Required?.Clear();
        concrete.Properties ??= new Dictionary<string, IOpenApiSchema>();
        concrete.Properties["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", Description = "The stable error code; branch on it, not on title or detail." };
        concrete.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request's W3C trace id, also in the service's log." };
    }
}

/// <summary>
/// A request body is its type's schema itself, a plain <c>$ref</c>: the allOf that lets a nullable
/// member say so (<c>UseAllOfToExtendReferenceSchemas</c>) would only hide the body's schema and
/// example one level down.
/// </summary>
internal sealed class RequestBodyReferenceOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var (_, media) in operation.RequestBody?.Content ?? new Dictionary<string, IOpenApiMediaType>())
        {
            if (media is OpenApiMediaType { Schema: OpenApiSchema { AllOf: [OpenApiSchemaReference reference] } } concrete)
            {
                concrete.Schema = reference;
            }
        }
    }
}
