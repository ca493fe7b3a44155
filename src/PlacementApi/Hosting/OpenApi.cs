using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Placement.Api.Http;
using Placement.Api.Security;
using Placement.Domain.Inventory;
using Placement.Domain.Pci;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Placement.Api.Hosting;

public static class OpenApi
{
    public static IServiceCollection AddPlacementOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Placement Service",
                Version = "v1",
                Description = "Host inventories and reserved-region-aware placement of Xen domains with PCI passthrough. " +
                    "Addresses and sizes are lower-case 0x-hex strings in responses; requests take hex strings or integers. " +
                    "Every range is [start, end) with an exclusive end. Errors are application/problem+json with a stable code.",
            });
            // Nullable reference types decide the schema: a `string?` answer may carry null, a `string` never
            // does and is always present (responses write every member, nulls included).
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            // A nullable object member (a host's arm, null on x86_64) can only say so beside its $ref in an allOf.
            options.UseAllOfToExtendReferenceSchemas();
            options.MapType<HexNumber>(HexNumberSchema);
            options.MapType<HostName>(() => new OpenApiSchema
            {
                Type = JsonSchemaType.String, Pattern = "^[a-z0-9][a-z0-9.-]{0,62}$", Description = $"A host name: {HostName.Rule}.",
            });
            options.MapType<PciAddress>(() => new OpenApiSchema { Type = JsonSchemaType.String, Description = $"A PCI address: {PciAddress.Rule}." });
            options.SchemaFilter<ExampleSchemaFilter>();
            options.SchemaFilter<TypeDescriptionSchemaFilter>();
            options.AddSecurityDefinition(AuthorizationOperationFilter.SchemeName, AuthorizationOperationFilter.Scheme);
            options.OperationFilter<AuthorizationOperationFilter>();
            options.SchemaFilter<ProblemSchemaFilter>();
            options.SchemaFilter<ConstraintSchemaFilter>();
            options.OperationFilter<DatabaseOutageOperationFilter>();
            options.OperationFilter<CommonStatusOperationFilter>();
            options.OperationFilter<RequestBodyReferenceOperationFilter>();
            options.OperationFilter<QueryConstraintOperationFilter>();
            options.OperationFilter<ProblemExampleOperationFilter>();
            options.OperationFilter<ETagOperationFilter>();
            options.OperationFilter<NamedExampleOperationFilter>();
            options.OperationFilter<PathParameterExampleOperationFilter>();
            options.OperationFilter<TextExampleOperationFilter>();
            options.DocumentFilter<WorkflowTagOrderDocumentFilter>();
        });
        return services;
    }

    /// <summary>Documents the <c>ETag</c> header (the generation) on the endpoint's 200 and 201 responses.</summary>
    public static RouteHandlerBuilder ProducesETag(this RouteHandlerBuilder builder) => builder.WithMetadata(ProducesETagMetadata.Instance);

    /// <summary>
    /// A request's address or size: a patterned hex string or a non-negative integer. OpenAPI 3.0 has no
    /// type lists, so the two are a oneOf (a value is never both).
    /// </summary>
    private static OpenApiSchema HexNumberSchema() => new()
    {
        Description = $"An address or size: {HexNumber.Rule}.",
        OneOf =
        [
            new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^0[xX][0-9a-fA-F]{1,16}$" },
            new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "0" },
        ],
        Examples = ["0xab80a000"],
    };
}

/// <summary>Endpoint metadata: the 200 and 201 responses carry the host's generation as the ETag.</summary>
public sealed class ProducesETagMetadata
{
    public static readonly ProducesETagMetadata Instance = new();

    private ProducesETagMetadata()
    {
    }
}

/// <summary>Puts a realistic example on every documented request and response body.</summary>
internal sealed class ExampleSchemaFilter(IOptions<JsonOptions> json) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && Examples.For(context.Type) is { } example)
        {
            concrete.Examples = [JsonSerializer.SerializeToNode(example, context.Type, json.Value.SerializerOptions)!];
        }
    }
}

/// <summary>
/// A type's [Description] becomes its schema's description: Swashbuckle reads the attribute on
/// properties only, and OpenAPI 3.0 ignores a description beside a $ref, so an object-valued field
/// (a host's arm section, say) is documented by its schema.
/// </summary>
internal sealed class TypeDescriptionSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema { Description: null } concrete && context.Type.GetCustomAttribute<DescriptionAttribute>() is { } description)
        {
            concrete.Description = description.Description;
        }
    }
}

/// <summary>
/// Gives each problem response the example of its operation and status code (all problems share one
/// schema, so a schema-level example would show the same body for a 404, a 412 and a 422).
/// </summary>
internal sealed class ProblemExampleOperationFilter(IOptions<JsonOptions> json) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && Examples.ForProblem(operation.OperationId, code) is { } example
                && response.Content is { } content
                && content.TryGetValue("application/problem+json", out var media)
                && media is OpenApiMediaType concrete)
            {
                concrete.Example = JsonSerializer.SerializeToNode(example, example.GetType(), json.Value.SerializerOptions);
            }
        }
    }
}

/// <summary>
/// Gives the JSON request body and 200/201 bodies of an operation its named examples (one per
/// architecture for a host), which Swagger UI offers in a menu; the schema's example stays the first.
/// </summary>
internal sealed class NamedExampleOperationFilter(IOptions<JsonOptions> json) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (Examples.NamedRequests(operation.OperationId) is { } requests && operation.RequestBody?.Content is { } body)
        {
            SetExamples(body, requests);
        }

        if (Examples.NamedResponses(operation.OperationId) is not { } responses)
        {
            return;
        }

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (status is "200" or "201" && response.Content is { } content)
            {
                SetExamples(content, responses);
            }
        }
    }

    private void SetExamples(IDictionary<string, IOpenApiMediaType> content, IReadOnlyDictionary<string, object> examples)
    {
        if (!content.TryGetValue("application/json", out var found) || found is not OpenApiMediaType media)
        {
            return;
        }

        media.Examples = examples.ToDictionary(
            e => e.Key,
            e => (IOpenApiExample)new OpenApiExample
            {
                Summary = e.Key,
                Value = JsonSerializer.SerializeToNode(e.Value, e.Value.GetType(), json.Value.SerializerOptions),
            });
    }
}

/// <summary>Documents the ETag header on the 200/201 responses of endpoints marked <see cref="OpenApi.ProducesETag"/>.</summary>
internal sealed class ETagOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ProducesETagMetadata>().Any())
        {
            return;
        }

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (status is "200" or "201" && response is OpenApiResponse concrete)
            {
                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                concrete.Headers["ETag"] = new OpenApiHeader
                {
                    Description = "The host's generation as a strong entity tag; send it back in If-Match to write only that generation.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    Example = "\"3\"",
                };
            }
        }
    }
}

/// <summary>
/// Every /v1 operation reads or writes PostgreSQL, so each can answer 503 (<c>database-unavailable</c>,
/// <c>database-contention</c>) with <c>Retry-After</c>; this documents it once for all of them.
/// </summary>
internal sealed class DatabaseOutageOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.RelativePath?.StartsWith("v1/", StringComparison.Ordinal) != true)
        {
            return;
        }

        operation.Responses ??= [];
        operation.Responses["503"] = new OpenApiResponse
        {
            Description = "The database is unavailable, concurrent writes kept conflicting, or the service is overloaded: nothing was written. Retry after Retry-After.",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before retrying.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                    Example = DatabaseProblems.OutageRetryAfterSeconds,
                },
            },
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
