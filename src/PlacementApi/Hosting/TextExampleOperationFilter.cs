using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Placement.Api.Hosting;

/// <summary>Gives the text/plain request body and 200 body of an operation that reads or writes a file its example (Swagger UI sends the request one as is).</summary>
internal sealed class TextExampleOperationFilter : IOperationFilter
{
    private const string Text = "text/plain";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var (request, response) = Examples.Text(operation.OperationId);
        if (request is not null && operation.RequestBody?.Content?.TryGetValue(Text, out var body) == true && body is OpenApiMediaType requestMedia)
        {
            requestMedia.Example = JsonValue.Create(request);
        }

        if (response is not null && operation.Responses?.TryGetValue("200", out var ok) == true
            && ok.Content?.TryGetValue(Text, out var content) == true && content is OpenApiMediaType responseMedia)
        {
            responseMedia.Example = JsonValue.Create(response);
        }
    }
}
