using System.Diagnostics;
using System.Globalization;

namespace Placement.Load;

/// <summary>
/// Registers hosts, then creates and destroys domains from N parallel workers (each create asks
/// for one device; each worker has a device of its own on every host, so no request is refused)
/// and prints requests per second and latency percentiles.
/// </summary>
internal static class LifecycleRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var baseUrl = new Uri(args[0]);
        var workers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
        var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        var hosts = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 16;

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers }) { BaseAddress = baseUrl };
        var fleet = new Fleet(client, hosts, workers);
        await fleet.RegisterAsync();

        await Lifecycle.RunAsync(fleet, workers, TimeSpan.FromSeconds(5)); // warm-up: JIT, pools; not reported
        var stopwatch = Stopwatch.StartNew();
        var result = await Lifecycle.RunAsync(fleet, workers, TimeSpan.FromSeconds(seconds));
        stopwatch.Stop();

        Console.WriteLine($"workers {workers}, hosts {hosts}, {stopwatch.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"create+destroy pairs: {result.Pairs} ({result.Pairs / stopwatch.Elapsed.TotalSeconds:F0}/s), requests {2 * result.Pairs / stopwatch.Elapsed.TotalSeconds:F0}/s, failures {result.Failures}");
        Console.WriteLine(Latencies.Describe("create ", result.Creates));
        Console.WriteLine(Latencies.Describe("destroy", result.Destroys));
        return result.Failures == 0 ? 0 : 1;
    }
}
