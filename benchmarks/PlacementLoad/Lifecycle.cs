using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace Placement.Load;

internal sealed record LifecycleResult(long Pairs, long Failures, List<double> Creates, List<double> Destroys);

/// <summary>Workers that create a domain, destroy it, and again, until the time is up.</summary>
internal static class Lifecycle
{
    public static async Task<LifecycleResult> RunAsync(Fleet fleet, int workers, TimeSpan duration)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var results = await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => WorkAsync(fleet, w, deadline))));
        return new LifecycleResult(
            results.Sum(r => r.Pairs),
            results.Sum(r => r.Failures),
            results.SelectMany(r => r.Creates).ToList(),
            results.SelectMany(r => r.Destroys).ToList());
    }

    private static async Task<LifecycleResult> WorkAsync(Fleet fleet, int worker, long deadline)
    {
        var result = new LifecycleResult(0, 0, [], []);
        long pairs = 0, failures = 0;
        for (var i = 0; Stopwatch.GetTimestamp() < deadline; i++)
        {
            var body = new
            {
                name = $"w{worker}-{i}",
                memoryMiB = 1024,
                rdm = new { strategy = "ignore", policy = "relaxed" },
                devices = new[] { new { sbdf = Fleet.Device(worker) } },
            };
            var started = Stopwatch.GetTimestamp();
            using var created = await fleet.Client.PostAsJsonAsync($"/v1/hosts/{fleet.Host(i + worker)}/domains", body);
            result.Creates.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (created.StatusCode != HttpStatusCode.Created || created.Headers.Location is not { } location)
            {
                failures++;
                continue;
            }

            started = Stopwatch.GetTimestamp();
            using var destroyed = await fleet.Client.DeleteAsync(location);
            result.Destroys.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (destroyed.StatusCode == HttpStatusCode.NoContent)
            {
                pairs++;
            }
            else
            {
                failures++;
            }
        }

        return result with { Pairs = pairs, Failures = failures };
    }
}
