using FsCheck;
using FsCheck.Fluent;
using Placement.Domain.Fleet;
using Placement.Domain.UseCases;
using Placement.Domain.Tests.Layout;

namespace Placement.Domain.Tests.Fleet;

/// <summary>The shortlist and the early stop answer what evaluating every host, ranking the candidates and taking the first would.</summary>
public sealed class ShortlistPropertyTests
{
    [Fact]
    public void DecideAsync_AnyFleetInAnyOrderOrInStreamOrder_TheFirstCandidatesOfTheFullRanking() =>
        Check.One(LayoutPlannerPropertyTests.Runs, Prop.ForAll(FleetGenerators.Fleet.ToArbitrary(), s =>
        {
            var request = s.Request;
            var fits = s.Hosts.Select(h => HostFit.Of(request, h)).ToList();
            var expected = fits.OfType<HostFit.Fits>().Select(f => f.Candidate)
                .OrderBy(c => c.Warnings)
                .ThenBy(c => request.Strategy == PlacementStrategy.Spread ? ulong.MaxValue - c.FreeMemory.Bytes : c.FreeMemory.Bytes)
                .ThenBy(c => c.Host.Value, StringComparer.Ordinal)
                .Take(request.Limit).Select(c => c.Host).ToList();
            var rejected = fits.OfType<HostFit.Rejected>().SelectMany(r => r.Codes).CountBy(c => c).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
            var ordered = s.Hosts.OrderBy(h => request.Strategy == PlacementStrategy.Spread ? ulong.MaxValue - h.FreeMemory.Bytes : h.FreeMemory.Bytes)
                .ThenBy(h => h.Host.Value, StringComparer.Ordinal).ToList();

            var any = Decide(request, s.Hosts, inStreamOrder: false);
            var stopping = Decide(request, ordered, inStreamOrder: true);

            any.Ranked.Select(c => c.Host).ShouldBe(expected, s.ToString());
            (any.Evaluated, any.StoppedEarly).ShouldBe((s.Hosts.Count, false), s.ToString());
            any.Rejected.ToList().ShouldBe(rejected, s.ToString());
            stopping.Ranked.Select(c => c.Host).ShouldBe(expected, s.ToString());
            (stopping.Evaluated < s.Hosts.Count).ShouldBe(stopping.StoppedEarly, s.ToString());
            return true;
        }));

    private static PlacementOutcome.Placed Decide(PlacementRequest request, IReadOnlyList<CandidateHost> hosts, bool inStreamOrder)
    {
        var place = PlaceDomain.Start(request).Place.ShouldNotBeNull();
        var decided = place.DecideAsync(hosts.ToAsyncEnumerable(), inStreamOrder, CancellationToken.None);
        decided.IsCompleted.ShouldBeTrue("hosts already in memory are read synchronously");
        return decided.Result.ShouldBeOfType<PlacementOutcome.Placed>();
    }
}
