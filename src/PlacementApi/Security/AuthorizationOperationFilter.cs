using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Placement.Api.Security;

/// <summary>
/// The bearer scheme on every operation that needs a token (Swagger UI's Authorize button sends it),
/// with its 401 and, for an operation that names a role, its 403 and that role in the description.
/// </summary>
internal sealed class AuthorizationOperationFilter(IOptions<JsonOptions> json) : IOperationFilter
{
    public const string SchemeName = "Bearer";

    public static OpenApiSecurityScheme Scheme => new()
    {
        Type = SecuritySchemeType.Http,
        Scheme = "bearer",
        BearerFormat = "JWT",
        Description = "A JWT from the configured issuer (scripts/token.sh ROLE for the local one). Roles in the role claim: " +
            "reader (every GET), planner (plans, placements, migration checks, imports), orchestrator (domain writes), operator (host inventories), admin (all).",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        var roles = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Where(Roles.All.Contains).ToList();
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] }];
        operation.Responses ??= [];
        operation.Responses["401"] = Problem(context, "No bearer token, or one that is expired, badly signed or from an untrusted issuer. WWW-Authenticate says which.",
            AuthorizationProblems.Unauthenticated(AuthorizationProblems.NoToken).ProblemDetails);
        if (roles.Count > 0)
        {
            var allowed = roles.Where(r => r != Roles.Admin).Append(Roles.Admin).ToList();
            operation.Description = $"{operation.Description} Needs the role {string.Join(" or ", allowed)}.".TrimStart();
            operation.Responses["403"] = Problem(context, $"The token lacks the role {string.Join(" or ", allowed)}.",
                AuthorizationProblems.Forbidden(allowed, [Roles.Reader]).ProblemDetails);
        }
    }

    private OpenApiResponse Problem(OperationFilterContext context, string description, Microsoft.AspNetCore.Mvc.ProblemDetails example) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            ["application/problem+json"] = new OpenApiMediaType
            {
                Schema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository),
                Example = JsonSerializer.SerializeToNode(example, example.GetType(), json.Value.SerializerOptions),
            },
        },
    };
}
