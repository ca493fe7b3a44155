using System.Diagnostics;

namespace Placement.Load;

internal sealed record LoopResult(int Clients, TimeSpan Elapsed, List<double> Milliseconds, long Failures)
{
    public double PerSecond => Milliseconds.Count / Elapsed.TotalSeconds;
}

/// <summary>
/// Clients that each send a request as soon as their last one is answered, until the time is up;
/// each request is timed from sending it to the last byte of the answer. A request is a failure
/// when <c>send</c> returns false; it is timed all the same.
/// </summary>
internal static class ClosedLoop
{
    /// <param name="send">Sends request <c>i</c> of client <c>c</c> and reads the answer: true when it is the one expected.</param>
    public static async Task<LoopResult> RunAsync(int clients, TimeSpan duration, Func<int, int, Task<bool>> send)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var results = await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var milliseconds = new List<double>();
            long failures = 0;
            for (var i = 0; Stopwatch.GetTimestamp() < deadline; i++)
            {
                var sent = Stopwatch.GetTimestamp();
                var ok = await send(c, i);
                milliseconds.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                failures += ok ? 0 : 1;
            }

            return (milliseconds, failures);
        })));
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new LoopResult(clients, elapsed, results.SelectMany(r => r.milliseconds).ToList(), results.Sum(r => r.failures));
    }
}
