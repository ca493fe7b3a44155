using Placement.Domain.Fleet;
using Placement.Domain.Inventory;

namespace Placement.Domain.UseCases;

public abstract record PlacementOutcome
{
    /// <summary>
    /// The best candidates, best first (none when no host fits); <see cref="Evaluated"/>, the hosts
    /// read that the filter admitted; <see cref="Rejected"/>, for each code how many of them it
    /// ruled out, in ordinal order of the codes. <see cref="StoppedEarly"/>: reading stopped before
    /// the last host, and the hosts not read are in neither the candidates nor the counts.
    /// </summary>
    public sealed record Placed(IReadOnlyList<PlacementCandidate> Ranked, int Evaluated, IReadOnlyDictionary<string, int> Rejected) : PlacementOutcome
    {
        public bool StoppedEarly { get; init; }
    }

    /// <summary>The host filter asks for an architecture placement does not serve yet (arm64: x86_64 only for now).</summary>
    public sealed record ArchitectureNotSupported(CpuArchitecture Architecture) : PlacementOutcome;
}

/// <summary>
/// Chooses the hosts and devices for a domain described by what it needs (product: "Placement",
/// ADR 0016): <see cref="Start"/> says which hosts to load (or why none), <c>DecideAsync</c>
/// evaluates them as they are read and keeps the best <see cref="PlacementRequest.Limit"/>.
/// </summary>
public sealed class PlaceDomain
{
    private readonly PlacementRequest request;

    private PlaceDomain(PlacementRequest request) => this.request = request;

    /// <summary>The hosts to load: the request's filter, of architecture x86_64.</summary>
    public HostFilter Hosts => request.Hosts;

    /// <summary>
    /// The order to read the hosts in for <c>DecideAsync</c> to stop early: by free memory
    /// (<see cref="CandidateHost.FreeMemory"/>) descending when true (spread), ascending when false
    /// (pack); then by name, ordinal (PostgreSQL: <c>COLLATE "C"</c>).
    /// </summary>
    public bool MostFreeMemoryFirst => request.Strategy == PlacementStrategy.Spread;

    /// <summary>The placement to run, or the outcome when it cannot run at all.</summary>
    public static (PlaceDomain? Place, PlacementOutcome? Refusal) Start(PlacementRequest request) =>
        request.Hosts.Architecture is { } architecture and not CpuArchitecture.X64
            ? (null, new PlacementOutcome.ArchitectureNotSupported(architecture))
            : (new PlaceDomain(request with { Hosts = request.Hosts with { Architecture = CpuArchitecture.X64 } }), null);

    /// <summary>
    /// Evaluates the hosts as they are read, keeping the best <see cref="PlacementRequest.Limit"/>.
    /// </summary>
    /// <param name="inStreamOrder">
    /// The hosts come in the order <see cref="MostFreeMemoryFirst"/> states: reading then stops as
    /// soon as the shortlist is full of candidates without warnings, since no later host could
    /// rank before any of them. The hosts not read are in neither the candidates nor the counts.
    /// An order found broken among the hosts read turns the stop off; one broken later cannot be seen.
    /// </param>
    public Task<PlacementOutcome> DecideAsync(IAsyncEnumerable<CandidateHost> hosts, bool inStreamOrder, CancellationToken cancellationToken) =>
        DecideAsync(hosts, inStreamOrder, null, cancellationToken);

    /// <param name="screening">
    /// What the search ruled out before handing hosts over (filled while <paramref name="hosts"/> is
    /// read): its admitted hosts are <see cref="PlacementOutcome.Placed.Evaluated"/>, and its counts
    /// join the placement's own.
    /// </param>
    public async Task<PlacementOutcome> DecideAsync(
        IAsyncEnumerable<CandidateHost> hosts, bool inStreamOrder, HostScreening? screening, CancellationToken cancellationToken)
    {
        var shortlist = new PlacementShortlist(request);
        var stopped = false;
        await using var reader = hosts.GetAsyncEnumerator(cancellationToken);
        while (await reader.MoveNextAsync())
        {
            // Asked only once another host comes: settled on the last host is no early stop.
            if (inStreamOrder && shortlist.IsSettledBefore(reader.Current))
            {
                stopped = true;
                break;
            }

            shortlist.Add(reader.Current);
        }

        var rejected = new Dictionary<string, int>(shortlist.Rejected, StringComparer.Ordinal);
        foreach (var (code, count) in screening?.Rejected ?? new Dictionary<string, int>())
        {
            rejected[code] = rejected.GetValueOrDefault(code) + count;
        }

        return new PlacementOutcome.Placed(shortlist.Ranked(), screening?.Admitted ?? shortlist.Evaluated, rejected) { StoppedEarly = stopped };
    }
}
