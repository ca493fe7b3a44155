using BenchmarkDotNet.Attributes;
using Placement.Domain.Migration;

namespace Placement.Benchmarks;

/// <summary>The interval work of a fleet check, on one core: one domain against 10,000 loaded targets, shortlisted.</summary>
[MemoryDiagnoser]
public class MigrationCheckBenchmarks
{
    private MovingDomain moving = null!;
    private List<MigrationTarget> targets = null!;

    [GlobalSetup]
    public void Setup()
    {
        moving = FleetTargets.Mover();
        targets = FleetTargets.Hosts(10_000);
    }

    [Benchmark(Baseline = true, Description = "10,000 targets, best 100")]
    public int Top() => Shortlist(100);

    [Benchmark(Description = "10,000 targets, all ranked")]
    public int All() => Shortlist(10_000);

    private int Shortlist(int limit)
    {
        var shortlist = new MigrationShortlist(moving, limit);
        foreach (var target in targets)
        {
            shortlist.Add(target);
        }

        return shortlist.Ranked().Count;
    }
}
