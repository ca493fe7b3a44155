using System.Text.Json;
using Microsoft.OpenApi;
using Placement.Api.Http;
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
            options.MapType<HexNumber>(() => new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = $"An address or size: {HexNumber.Rule}.",
                Pattern = "^0[xX][0-9a-fA-F]{1,16}$",
            });
            options.SchemaFilter<ExampleSchemaFilter>();
        });
        return services;
    }
}

/// <summary>Puts a realistic example on every documented request and response body.</summary>
internal sealed class ExampleSchemaFilter(Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && Examples.For(context.Type) is { } example)
        {
            concrete.Examples = [JsonSerializer.SerializeToNode(example, context.Type, json.Value.SerializerOptions)!];
        }
    }
}
