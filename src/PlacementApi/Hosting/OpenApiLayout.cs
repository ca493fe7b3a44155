using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Placement.Api.Domains;
using Placement.Api.Hosts;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Placement.Api.Hosting;

/// <summary>
/// Lists the tags in the order a user meets them: register hosts, plan, create, change devices, read
/// the history, migrate, and (arm64) look at fragmentation. Swagger UI shows the groups in this order.
/// </summary>
internal sealed class WorkflowTagOrderDocumentFilter : IDocumentFilter
{
    private static readonly List<string> Order = ["Hosts", "Plans", "Placements", "Domains", "Domain devices", "History", "Migrations", "Fragmentation", "Imports"];

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        if (swaggerDoc.Tags is { } tags)
        {
            swaggerDoc.Tags = new SortedSet<OpenApiTag>(tags, Comparer<OpenApiTag>.Create((a, b) =>
                Rank(a.Name) != Rank(b.Name) ? Rank(a.Name).CompareTo(Rank(b.Name)) : string.CompareOrdinal(a.Name, b.Name)));
        }
    }

    /// <summary>A tag not in <see cref="Order"/> goes last.</summary>
    private static int Rank(string? name) => name is not null && Order.IndexOf(name) is >= 0 and var rank ? rank : Order.Count;
}

/// <summary>
/// Fills each path parameter with the examples' own values (the example host, domain and device), so
/// that "Try it out" starts from a request that names something real.
/// </summary>
internal sealed class PathParameterExampleOperationFilter : IOperationFilter
{
    private static readonly Dictionary<string, Func<string>> Examples = new(StringComparer.Ordinal)
    {
        ["host"] = () => HostExamples.Host.Name,
        ["id"] = () => DomainExamples.Domain.Id.ToString(),
        ["sbdf"] = () => DomainExamples.Assignment.Sbdf,
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter { In: ParameterLocation.Path, Name: { } name } concrete && Examples.TryGetValue(name, out var example))
            {
                concrete.Example = JsonValue.Create(example());
            }
        }
    }
}
