namespace Placement.Domain.Fleet;

/// <summary>
/// A placement over many hosts, taken one at a time: each host the filter admits is evaluated
/// (<see cref="HostFit.Of"/>) as it comes, its candidate kept while it ranks among the first
/// <see cref="PlacementRequest.Limit"/> (<see cref="PlacementRanking"/>), its rejection counted:
/// what stays in memory is the shortlist, not the fleet.
/// </summary>
public sealed class PlacementShortlist
{
    private readonly PlacementRequest request;
    private readonly PlacementRanking ranking;
    private readonly SortedDictionary<string, int> rejected = new(StringComparer.Ordinal);

    // The worst kept candidate first, to be dropped when a better one comes.
    private readonly PriorityQueue<PlacementCandidate, PlacementRanking.Key> kept;
    private CandidateHost? last;
    private bool inStreamOrder = true;

    public PlacementShortlist(PlacementRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.Limit);
        this.request = request;
        ranking = new PlacementRanking(request.Strategy);
        kept = new PriorityQueue<PlacementCandidate, PlacementRanking.Key>(Comparer<PlacementRanking.Key>.Create((a, b) => ranking.Compare(b, a)));
    }

    /// <summary>How many hosts the filter admitted, each evaluated.</summary>
    public int Evaluated { get; private set; }

    /// <summary>For each code, how many evaluated hosts it ruled out (a host once per code), in ordinal order of the codes.</summary>
    public IReadOnlyDictionary<string, int> Rejected => rejected;

    /// <summary>
    /// True when neither <paramref name="next"/> nor any host after it can enter the shortlist,
    /// provided they come in stream order (<see cref="UseCases.PlaceDomain.MostFreeMemoryFirst"/>):
    /// the shortlist is full, none of it has a warning, and the hosts so far and
    /// <paramref name="next"/> came in that order. A later host then has less free memory left in
    /// the strategy's order (or as much and a later name) and no fewer warnings: it ranks after
    /// every kept candidate.
    /// </summary>
    public bool IsSettledBefore(CandidateHost next) =>
        kept.Count == request.Limit && inStreamOrder && (last is null || ranking.CompareStreamOrder(last, next) < 0)
        && kept.TryPeek(out _, out var worst) && worst.Warnings == 0;

    public void Add(CandidateHost host)
    {
        inStreamOrder &= last is null || ranking.CompareStreamOrder(last, host) < 0;
        last = host;
        if (!request.Hosts.Admits(host.Host, host.Inventory))
        {
            return;
        }

        Evaluated++;
        switch (HostFit.Of(request, host))
        {
            case HostFit.Fits { Candidate: var candidate }:
                Keep(candidate);
                break;
            case HostFit.Rejected { Codes: var codes }:
                foreach (var code in codes)
                {
                    rejected[code] = rejected.GetValueOrDefault(code) + 1;
                }

                break;
        }
    }

    /// <summary>The shortlist in rank order. Host names are unique, so the order is total.</summary>
    public List<PlacementCandidate> Ranked()
    {
        var shortlist = kept.UnorderedItems.ToList();
        shortlist.Sort((a, b) => ranking.Compare(a.Priority, b.Priority));
        return shortlist.ConvertAll(c => c.Element);
    }

    private void Keep(PlacementCandidate candidate)
    {
        var key = PlacementRanking.KeyOf(candidate);
        if (kept.Count < request.Limit)
        {
            kept.Enqueue(candidate, key);
        }
        else if (kept.TryPeek(out _, out var worst) && ranking.Compare(key, worst) < 0)
        {
            kept.DequeueEnqueue(candidate, key);
        }
    }
}
