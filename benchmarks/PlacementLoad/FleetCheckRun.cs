using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Placement.Load;

/// <summary>
/// Registers a fleet (<see cref="FleetHosts"/>) and its tenants, creates one domain of 4 GiB with
/// two devices on the source host, warms up for 5 s, then times sequential migration checks of
/// that domain over every other host: the default answer (top 100) and the whole ranking (limit 10000).
/// </summary>
internal static class FleetCheckRun
{
    private const string MoverName = "mover";
    private const int Parallelism = 8;
    private const int WholeRankingRequests = 5;

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: PlacementLoad fleet-check <base-url> [hosts=10000] [requests=20]");
            return 2;
        }

        var hosts = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10000;
        var requests = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Parallelism })
        {
            BaseAddress = new Uri(args[0]),
            Timeout = TimeSpan.FromMinutes(5),
        };

        var stopwatch = Stopwatch.StartNew();
        await FleetSetup.RegisterAsync(client, hosts, Parallelism);
        var registered = stopwatch.Elapsed;
        Console.WriteLine($"registered {hosts} hosts (64 devices, 8 regions each) in {registered.TotalSeconds:F1} s: " +
            $"{hosts / registered.TotalSeconds:F0} PUTs/s, {Parallelism} in parallel");
        stopwatch.Restart();
        var tenants = await FleetSetup.PlaceTenantsAsync(client, hosts, MoverName, Parallelism);
        Console.WriteLine($"created {tenants} tenant domains in {stopwatch.Elapsed.TotalSeconds:F1} s");

        using var created = await client.PostAsJsonAsync($"/v1/hosts/{FleetHosts.Source}/domains",
            FleetSetup.Domain(MoverName, 4096, FleetHosts.Moving));
        created.EnsureSuccessStatusCode();
        var path = $"{created.Headers.Location}/migration-checks";
        Console.WriteLine($"domain {MoverName} on {FleetHosts.Source}: 4096 MiB, devices {string.Join(", ", FleetHosts.Moving)}");

        // Warm-up, reported apart: JIT tiers (a check runs its per-request code once), pools, and
        // PostgreSQL's first reads of freshly written pages.
        var (first, _) = await TimeAsync(client, path, "{}", 1);
        var warmUps = 0;
        for (stopwatch.Restart(); stopwatch.Elapsed < WarmUp; warmUps++)
        {
            await TimeAsync(client, path, "{}", 1);
        }

        Console.WriteLine($"first check {first[0]:F0} ms, then {warmUps} warm-up checks in {stopwatch.Elapsed.TotalSeconds:F1} s (not reported)");
        var (top, topBody) = await TimeAsync(client, path, "{}", requests);
        Console.WriteLine($"in order (ms): {string.Join(' ', top.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}");
        Console.WriteLine(Latencies.Describe("check, top 100  ", top) + Describe(topBody));
        var (all, allBody) = await TimeAsync(client, path, """{"limit":10000}""", WholeRankingRequests);
        Console.WriteLine(Latencies.Describe("check, all      ", all) + Describe(allBody));
        Console.WriteLine($"verdicts: {Verdicts(allBody)}");
        return 0;
    }

    private static async Task<(List<double> Milliseconds, byte[] Body)> TimeAsync(HttpClient client, string path, string body, int count)
    {
        var milliseconds = new List<double>(count);
        var last = Array.Empty<byte>();
        for (var i = 0; i < count; i++)
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            var started = Stopwatch.GetTimestamp();
            using var response = await client.PostAsync(path, content);
            last = await response.Content.ReadAsByteArrayAsync();
            milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }

        return (milliseconds, last);
    }

    private static string Describe(byte[] body)
    {
        using var answer = JsonDocument.Parse(body);
        var evaluated = answer.RootElement.GetProperty("evaluated").GetInt32();
        var results = answer.RootElement.GetProperty("results").GetArrayLength();
        return $"; evaluated {evaluated}, {results} results, {body.Length:N0} bytes";
    }

    private static string Verdicts(byte[] body)
    {
        using var answer = JsonDocument.Parse(body);
        var counts = answer.RootElement.GetProperty("results").EnumerateArray()
            .GroupBy(r => r.GetProperty("verdict").GetString())
            .Select(g => $"{g.Key} {g.Count()}");
        return string.Join(", ", counts);
    }
}
