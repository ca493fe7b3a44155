using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Placement.Api.Tests.Contract;

/// <summary>
/// The service's own OpenAPI document as a contract: finds the operation of a request (method and
/// path template), and says what is wrong with an answer the document does not describe.
/// </summary>
internal sealed partial class OpenApiContract
{
    public const string DocumentPath = "/swagger/v1/swagger.json";

    private readonly ConcurrentDictionary<string, JsonSchema> built = new(StringComparer.Ordinal);

    public OpenApiContract(JsonNode document)
    {
        Document = document;
        Schemas = new OpenApiSchemas(document);
        Paths = document["paths"]!.AsObject()
            .Select(p => new PathTemplate(p.Key, Matcher(p.Key), p.Value!.AsObject()))
            // A literal segment wins over a parameter (/v1/placements/refusals before a {id}).
            .OrderBy(p => p.Template.Count(c => c == '{'))
            .ToList();
    }

    public JsonNode Document { get; }

    public OpenApiSchemas Schemas { get; }

    public IReadOnlyList<PathTemplate> Paths { get; }

    /// <summary>The document's path template that <paramref name="path"/> matches, or null when none does.</summary>
    public PathTemplate? Find(string path) => Paths.FirstOrDefault(p => p.Matcher.IsMatch(path));

    /// <summary>
    /// What is wrong with the answer to <paramref name="method"/> <paramref name="path"/>, or null when
    /// the document describes it: its status is documented for the operation and its body fits the schema.
    /// Paths the document does not list (health, Swagger itself, unknown paths) are not the contract's.
    /// </summary>
    public string? Check(string method, string path, HttpStatusCode status, string? mediaType, string body)
    {
        if (Find(path) is not { } template)
        {
            return null;
        }

        var code = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var operation = template.Operations[method.ToLowerInvariant()]?.AsObject();
        if (operation is null)
        {
            // A method the path does not have: the 405 (or HEAD's GET) every operation documents.
            operation = method == "HEAD" ? template.Operations["get"]?.AsObject() : null;
            operation ??= template.Operations.Select(o => o.Value!.AsObject()).FirstOrDefault(o => o["responses"]?[code] is not null && code == "405");
            if (operation is null)
            {
                return $"{method} {template.Template} answered {code}, but the document has no {method} on the path and no 405 for it.";
            }
        }

        var where = $"{method} {template.Template} -> {code}";
        if ((operation["responses"]?[code] ?? operation["responses"]?["default"]) is not { } response)
        {
            return $"{where}: the status is not documented (documented: {string.Join(", ", operation["responses"]!.AsObject().Select(r => r.Key))}).";
        }

        if (body.Length == 0 || method == "HEAD")
        {
            return null;
        }

        if (mediaType is null || response["content"]?[mediaType] is not { } media)
        {
            return $"{where}: a {mediaType ?? "untyped"} body, but the document gives {(response["content"] is JsonObject c ? string.Join(", ", c.Select(m => m.Key)) : "no body")}.";
        }

        if (!mediaType.EndsWith("json", StringComparison.Ordinal) || media["schema"] is not { } schemaNode)
        {
            return null;
        }

        JsonElement instance;
        try
        {
            instance = JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException e)
        {
            return $"{where}: the {mediaType} body is not JSON ({e.Message}).";
        }

        var schema = built.GetOrAdd($"{where} {mediaType}", _ => Schemas.Build(schemaNode));
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return null;
        }

        var errors = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"  {d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .Take(12);
        return $"{where}: the body does not fit the document's schema:\n{string.Join("\n", errors)}\nbody: {Truncate(body)}";
    }

    private static string Truncate(string body) => body.Length <= 2000 ? body : body[..2000] + "...";

    private static Regex Matcher(string template) =>
        new("^" + ParameterPattern().Replace(Regex.Escape(template).Replace(@"\{", "{", StringComparison.Ordinal), "[^/]+") + "$", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\{[^}/]+}")]
    private static partial Regex ParameterPattern();

    /// <summary>A path of the document, its matcher and its operations by lower-case method.</summary>
    internal sealed record PathTemplate(string Template, Regex Matcher, JsonObject Operations);
}
