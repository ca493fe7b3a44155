using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Placement.Load;

/// <summary>
/// Stores a fleet (<see cref="PlacementSeed"/>), then times placements of 4 GiB and one A100 with a
/// strict RDM policy, limit 10 (<c>POST /v1/placements</c>) at 1 client and at 8, and placed creates
/// of the same (<c>POST /v1/domains</c>, a new name each) at 8, each for the given seconds after a
/// warm-up of 5 s (not reported).
/// </summary>
internal static class FleetPlacementRun
{
    private const int Clients = 8;

    private const string Wanted = """
        "memoryMiB":4096,"deviceRequests":[{"name":"gpu","vendorId":"0x10de","deviceId":"0x20b0","rdmPolicy":"strict"}],"limit":10
        """;

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    // Answers other than the one expected, by status, with the first body of each.
    private static readonly ConcurrentDictionary<HttpStatusCode, (int Count, string First)> Unexpected = new();

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 1 || Environment.GetEnvironmentVariable("ConnectionStrings__Placement") is not { } connectionString)
        {
            Console.Error.WriteLine("usage: ConnectionStrings__Placement=... PlacementLoad fleet-placement <base-url> [hosts=10000] [seconds=20]");
            return 2;
        }

        var hosts = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10000;
        var seconds = TimeSpan.FromSeconds(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients })
        {
            BaseAddress = new Uri(args[0]),
            Timeout = TimeSpan.FromMinutes(2),
        };

        var stopwatch = Stopwatch.StartNew();
        await PlacementSeed.RegisterAsync(client, connectionString, hosts, Clients);
        Console.WriteLine($"stored {hosts} hosts (64 devices, 8 regions each; {Math.Min(hosts, PlacementFleet.Templates)} PUTs, the rest copied) in {stopwatch.Elapsed.TotalSeconds:F1} s");
        stopwatch.Restart();
        var tenants = await PlacementSeed.PlaceTenantsAsync(client, hosts, Clients);
        Console.WriteLine($"created {tenants} live domains in {stopwatch.Elapsed.TotalSeconds:F1} s");

        var placement = $"{{\"name\":\"vm-42\",{Wanted}}}";
        var (status, first) = await SendAsync(client, "/v1/placements", placement);
        Console.WriteLine($"first placement {status}: {Describe(first)}");
        await ClosedLoop.RunAsync(Clients, WarmUp, (_, _) => PlaceAsync(client, placement));

        var one = await ClosedLoop.RunAsync(1, seconds, (_, _) => PlaceAsync(client, placement));
        Console.WriteLine(Report("placements, 1 client ", one));
        var eight = await ClosedLoop.RunAsync(Clients, seconds, (_, _) => PlaceAsync(client, placement));
        Console.WriteLine(Report("placements, 8 clients", eight));

        await ClosedLoop.RunAsync(Clients, WarmUp, (c, i) => CreateAsync(client, $"warm-{c}-{i}"));
        var creates = await ClosedLoop.RunAsync(Clients, seconds, (c, i) => CreateAsync(client, $"vm-{c}-{i}"));
        Console.WriteLine(Report("placed creates, 8   ", creates));
        var (_, last) = await SendAsync(client, "/v1/placements", placement);
        Console.WriteLine($"placement after the creates: {Describe(last)}");
        foreach (var (code, (count, body)) in Unexpected)
        {
            Console.WriteLine($"unexpected {(int)code} x {count}, first: {body[..Math.Min(body.Length, 300)]}");
        }

        return one.Failures + eight.Failures + creates.Failures == 0 ? 0 : 1;
    }

    private static async Task<bool> PlaceAsync(HttpClient client, string body) =>
        Expect(await SendAsync(client, "/v1/placements", body), HttpStatusCode.OK);

    private static async Task<bool> CreateAsync(HttpClient client, string name) =>
        Expect(await SendAsync(client, "/v1/domains", $"{{\"name\":\"{name}\",{Wanted}}}"), HttpStatusCode.Created);

    private static bool Expect((HttpStatusCode Status, byte[] Body) answer, HttpStatusCode expected)
    {
        if (answer.Status != expected)
        {
            Unexpected.AddOrUpdate(answer.Status, _ => (1, Encoding.UTF8.GetString(answer.Body)), (_, seen) => (seen.Count + 1, seen.First));
        }

        return answer.Status == expected;
    }

    private static async Task<(HttpStatusCode Status, byte[] Body)> SendAsync(HttpClient client, string path, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(path, content);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    private static string Report(string what, LoopResult result) =>
        Latencies.Describe(what, result.Milliseconds) + string.Create(CultureInfo.InvariantCulture,
            $"; {result.PerSecond:F0}/s over {result.Elapsed.TotalSeconds:F1} s, failures {result.Failures}");

    private static string Describe(byte[] body)
    {
        using var answer = JsonDocument.Parse(body);
        var root = answer.RootElement;
        if (!root.TryGetProperty("candidates", out var candidates))
        {
            return Encoding.UTF8.GetString(body);
        }

        var best = candidates.EnumerateArray().Select(c => $"{c.GetProperty("host").GetString()} {c.GetProperty("devices")[0].GetProperty("sbdf").GetString()} " +
            $"{c.GetProperty("outcome").GetString()} {c.GetProperty("freeMemoryMiB").GetInt64()} MiB");
        return $"evaluated {root.GetProperty("evaluated").GetInt32()}, rejected {root.GetProperty("rejected")}, " +
            $"{candidates.GetArrayLength()} candidates: {string.Join("; ", best)}";
    }
}
