using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Placement.Load;

/// <summary>
/// N requests sent at once (one connection each), spread round-robin over one or more instances:
/// how many got each status, and each problem code, and how long the burst took. A burst, not a
/// closed loop: what a thousand clients arriving together see (docs/performance.md, Bounded load).
/// </summary>
internal static class BurstRun
{
    /// <summary>burst &lt;url[,url...]&gt; &lt;requests&gt; &lt;path&gt; &lt;json-body-file&gt;</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length != 4)
        {
            Console.Error.WriteLine("usage: PlacementLoad burst <base-url[,base-url...]> <requests> <path> <json-body-file>");
            return 2;
        }

        var bases = args[0].Split(',');
        var requests = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
        var body = await File.ReadAllBytesAsync(args[3]);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue }) { Timeout = TimeSpan.FromMinutes(5) };
        using var start = new SemaphoreSlim(0);

        var started = Stopwatch.GetTimestamp();
        var sends = Enumerable.Range(0, requests).Select(i => Task.Run(async () =>
        {
            await start.WaitAsync();
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            try
            {
                using var response = await http.PostAsync(bases[i % bases.Length] + args[2], content);
                var text = await response.Content.ReadAsStringAsync();
                return $"{(int)response.StatusCode} {CodeOf(response, text)}";
            }
            catch (HttpRequestException e)
            {
                return $"no answer ({e.HttpRequestError})";
            }
        })).ToList();
        start.Release(requests);
        var answers = await Task.WhenAll(sends);
        var elapsed = Stopwatch.GetElapsedTime(started);

        Console.WriteLine($"{requests} requests over {bases.Length} instance(s) in {elapsed.TotalSeconds:F1} s");
        foreach (var group in answers.GroupBy(a => a).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {group.Count(),5} × {group.Key}");
        }

        return 0;
    }

    private static string CodeOf(HttpResponseMessage response, string text)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return string.Empty;
        }

        using var problem = JsonDocument.Parse(text);
        var code = problem.RootElement.TryGetProperty("code", out var c) ? c.GetString() : "?";
        return response.Headers.RetryAfter?.Delta is { } wait ? $"{code} (Retry-After {wait.TotalSeconds:F0})" : code ?? "?";
    }
}
