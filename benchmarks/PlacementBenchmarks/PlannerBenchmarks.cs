using BenchmarkDotNet.Attributes;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;

namespace Placement.Benchmarks;

/// <summary>The layout planner alone, on one core: 64 devices, 32 regions, 8 devices requested.</summary>
[MemoryDiagnoser]
public class PlannerBenchmarks
{
    private HostInventory host = null!;
    private X86Request typical = null!;
    private X86Request hostStrategy = null!;

    [GlobalSetup]
    public void Setup()
    {
        host = BenchmarkHosts.Large();
        typical = BenchmarkHosts.Typical(host);
        hostStrategy = BenchmarkHosts.Typical(host, RdmStrategy.Host);
    }

    [Benchmark(Baseline = true, Description = "8 devices, strategy ignore (8 RDMs)")]
    public LayoutPlan Typical() => LayoutPlanner.Plan(host, typical);

    [Benchmark(Description = "8 devices, strategy host (32 RDMs)")]
    public LayoutPlan HostStrategy() => LayoutPlanner.Plan(host, hostStrategy);
}
