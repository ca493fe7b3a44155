using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Placements;

/// <summary>
/// Hosts of a small fleet for placement tests: x86_64 inventories with GPUs (NVIDIA A100s,
/// 0x10de:0x20b0, class 0x030200) and NICs (Intel, 0x8086:0x1572, class 0x020000), each optionally
/// with an RMRR. <see cref="InRam"/> lies in the guest RAM of any domain of 4 GiB; the others do not.
/// </summary>
internal static class Fleet
{
    /// <summary>An RMRR below 4 GiB, where a guest of 4 GiB has RAM: a strict device with it is refused.</summary>
    public static readonly (string Start, string End) InRam = ("0x7b800000", "0x7f800000");

    public sealed record Device(string Sbdf, string Vendor, string Id, string Class, int? Numa = null, (string Start, string End)? Rmrr = null, string? Model = null);

    public static Device Gpu(string sbdf, int? numa = null, (string, string)? rmrr = null) => new(sbdf, "0x10de", "0x20b0", "0x030200", numa, rmrr, "a100");

    public static Device Nic(string sbdf, int? numa = null) => new(sbdf, "0x8086", "0x1572", "0x020000", numa);

    public static JsonObject Host(long memoryMiB, params Device[] devices) => Host(memoryMiB, new JsonObject(), devices);

    public static JsonObject Host(long memoryMiB, JsonObject labels, params Device[] devices) => new()
    {
        ["architecture"] = "x86_64",
        ["memoryMiB"] = memoryMiB,
        ["physAddressBits"] = 46,
        ["iommu"] = true,
        ["labels"] = labels,
        ["devices"] = new JsonArray([.. devices.Select(d => (JsonNode)new JsonObject
        {
            ["sbdf"] = d.Sbdf,
            ["vendorId"] = d.Vendor,
            ["deviceId"] = d.Id,
            ["classCode"] = d.Class,
            ["numaNode"] = d.Numa,
            ["labels"] = d.Model is null ? new JsonObject() : new JsonObject { ["model"] = d.Model },
        })]),
        ["reservedRegions"] = new JsonArray([.. devices.Where(d => d.Rmrr is not null).Select(d => (JsonNode)new JsonObject
        {
            ["start"] = d.Rmrr!.Value.Start,
            ["end"] = d.Rmrr!.Value.End,
            ["devices"] = new JsonArray(d.Sbdf),
        })]),
    };

    /// <summary>4 GiB and one A100 with a strict RDM policy, on any x86_64 host, plus <paramref name="extra"/>.</summary>
    public static JsonObject OneGpu(string? extra = null)
    {
        var body = JsonNode.Parse("""
            { "name": "vm-42", "memoryMiB": 4096, "deviceRequests": [ { "name": "gpu", "vendorId": "0x10de", "deviceId": "0x20b0", "rdmPolicy": "strict" } ] }
            """)!.AsObject();
        foreach (var (key, value) in extra is null ? [] : JsonNode.Parse(extra)!.AsObject().ToList())
        {
            body[key] = value?.DeepClone();
        }

        return body;
    }

    /// <summary>Every placed create no host could take, oldest first (one page of 100).</summary>
    public static async Task<IReadOnlyList<JsonNode>> ReadPlacementRefusalsAsync(this HttpClient client)
    {
        using var response = await client.GetAsync("/v1/placements/refusals?limit=100");
        return (await response.ShouldBeJsonAsync(HttpStatusCode.OK))["items"]!.AsArray().Select(i => i!).ToList();
    }

    public static Task<HttpResponseMessage> PlaceAsync(this HttpClient client, JsonNode body) =>
        client.PostAsync("/v1/placements", HttpAssertions.Json(body));

    public static Task<HttpResponseMessage> CreatePlacedAsync(this HttpClient client, JsonNode body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/domains") { Content = HttpAssertions.Json(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    public static async Task<JsonObject> ReadPlacementAsync(this HttpClient client, JsonNode body)
    {
        using var response = await client.PlaceAsync(body);
        return await response.ShouldBeJsonAsync(System.Net.HttpStatusCode.OK);
    }

    public static IReadOnlyList<string> Hosts(this JsonObject placement) =>
        placement["candidates"]!.AsArray().Select(c => c!["host"]!.GetValue<string>()).ToList();

    public static IReadOnlyList<string> Devices(this JsonNode candidate) =>
        candidate["devices"]!.AsArray().Select(d => d!["sbdf"]!.GetValue<string>()).ToList();

    public static IReadOnlyDictionary<string, int> Rejected(this JsonObject placement) =>
        placement["rejected"]!.AsObject().ToDictionary(r => r.Key, r => r.Value!.GetValue<int>());
}
