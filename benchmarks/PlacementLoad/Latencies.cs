using System.Globalization;

namespace Placement.Load;

internal static class Latencies
{
    public static string Describe(string what, List<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return $"{what}: no requests";
        }

        milliseconds.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"{what}: n {milliseconds.Count}, p50 {At(milliseconds, 0.50):F2} ms, p90 {At(milliseconds, 0.90):F2} ms, p99 {At(milliseconds, 0.99):F2} ms, max {milliseconds[^1]:F2} ms");
    }

    private static double At(List<double> sorted, double quantile) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(quantile * sorted.Count) - 1)];
}
