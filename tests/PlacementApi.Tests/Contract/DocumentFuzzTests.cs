using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Placement.Api.Tests.Hosts;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Contract;

/// <summary>
/// Requests generated from the service's own OpenAPI document, a bounded number per operation, over
/// HTTP: whatever they carry, no answer is a 5xx, and every answer is one the document describes (the
/// test client checks each against the document, <see cref="OpenApiContractHandler"/>).
/// </summary>
public sealed class DocumentFuzzTests : ApiTest
{
    private const int RequestsPerOperation = 12;
    private const string Host = "fuzz-host";

    /// <summary>Whatever the machine, the test ends: the operations share this budget.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(25);

    [Fact]
    public async Task Fuzz_RequestsFromTheDocument_NoServerErrorAndEveryAnswerDocumented()
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop());
        var domain = await Client.CreateDomainAsync(Host, new JsonObject { ["name"] = "fuzz-vm", ["memoryMiB"] = 1024 });
        var contract = await OpenApiContractHandler.ContractAsync((request, token) => Client.SendAsync(request, token), CancellationToken.None);
        var generators = new SchemaGenerators(contract.Schemas);
        var pathValues = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["host"] = [Host, "no-such-host", "Bad_Host", "x"],
            ["id"] = [domain["id"]!.GetValue<string>(), Guid.NewGuid().ToString(), "vm-42", "0"],
            ["sbdf"] = ["0000:00:02.0", "00:02.0", "00:20.0", "zz"],
        };

        var clock = Stopwatch.StartNew();
        var sent = 0;
        foreach (var path in contract.Paths)
        {
            foreach (var (method, operation) in path.Operations)
            {
                var requests = Requests(path.Template, method, operation!.AsObject(), contract, generators, pathValues).Sample(10, RequestsPerOperation);
                foreach (var request in requests)
                {
                    if (clock.Elapsed > Budget)
                    {
                        break;
                    }

                    using var message = request.ToMessage();
                    HttpResponseMessage response;
                    try
                    {
                        response = await Client.SendAsync(message);
                    }
                    catch (OpenApiContractException e)
                    {
                        throw new OpenApiContractException($"{e.Message}\nrequest: {request}");
                    }

                    using (response)
                    {
                        ((int)response.StatusCode).ShouldBeLessThan(500, $"{request}\n{await response.Content.ReadAsStringAsync()}");
                    }

                    sent++;
                }
            }
        }

        sent.ShouldBeGreaterThan(contract.Paths.Sum(p => p.Operations.Count), "every operation got at least one request");
    }

    private static Gen<FuzzRequest> Requests(
        string template, string method, JsonObject operation, OpenApiContract contract, SchemaGenerators generators, Dictionary<string, string[]> pathValues)
    {
        var parameters = (operation["parameters"] as JsonArray ?? []).Select(p => p!.AsObject()).ToList();
        var request = Gen.Constant(new FuzzRequest(method.ToUpperInvariant(), template, [], [], null, null));
        foreach (var parameter in parameters)
        {
            var name = parameter["name"]!.GetValue<string>();
            var where = parameter["in"]!.GetValue<string>();
            var values = where == "path" && pathValues.TryGetValue(name, out var known)
                ? Gen.Elements(known)
                : generators.For(parameter["schema"] is { } s ? Translated(contract, s) : null).Select(Text);
            request = where switch
            {
                "path" => request.SelectMany(r => values.Select(v => r with { Path = r.Path.Replace("{" + name + "}", Uri.EscapeDataString(v), StringComparison.Ordinal) })),
                "query" => request.SelectMany(r => Gen.Elements(true, false).SelectMany(include => include
                    ? values.Select(v => r with { Query = [.. r.Query, $"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(v)}"] })
                    : Gen.Constant(r))),
                "header" => request.SelectMany(r => Gen.Elements(true, false).SelectMany(include => include
                    ? values.Select(v => r with { Headers = [.. r.Headers, KeyValuePair.Create(name, v)] })
                    : Gen.Constant(r))),
                _ => request,
            };
        }

        if (operation["requestBody"]?["content"] is JsonObject content)
        {
            var bodies = content.Select(media => media.Key.EndsWith("json", StringComparison.Ordinal)
                ? Gen.Frequency(
                    (8, generators.For(media.Value?["schema"] is { } schema ? Translated(contract, schema) : null).Select(b => (media.Key, Body: b?.ToJsonString() ?? "null"))),
                    (1, Gen.Elements("{", "", "[]", "{\"memoryMiB\":1,\"memoryMiB\":2}").Select(b => (media.Key, Body: b))))
                : Gen.Elements("", "memory = 1024\n", "pci = [ '0000:00:02.0' ]\n", "\u0000garbage", "DMAR").Select(b => (media.Key, Body: b)));
            request = request.SelectMany(r => Gen.OneOf(bodies).Select(b => r with { MediaType = b.Key, Body = b.Body }));
        }

        return request;
    }

    private static JsonNode Translated(OpenApiContract contract, JsonNode schema) =>
        OpenApiSchemas.Translate(schema);

    private static string Text(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };

    /// <summary>One generated request; its text is the failure message's.</summary>
    private sealed record FuzzRequest(
        string Method, string Path, IReadOnlyList<string> Query, IReadOnlyList<KeyValuePair<string, string>> Headers, string? MediaType, string? Body)
    {
        public HttpRequestMessage ToMessage()
        {
            var uri = Path + (Query.Count > 0 ? "?" + string.Join("&", Query) : "");
            var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(uri, UriKind.Relative));
            foreach (var (name, value) in Headers)
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }

            if (Body is not null)
            {
                message.Content = new StringContent(Body, Encoding.UTF8);
                message.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaType ?? "application/json");
            }

            return message;
        }

        public override string ToString() =>
            $"{Method} {Path}{(Query.Count > 0 ? "?" + string.Join("&", Query) : "")} {string.Join(" ", Headers.Select(h => $"[{h.Key}: {h.Value}]"))} {MediaType} {Body}";
    }
}
