using Placement.Domain.Inventory;

namespace Placement.Domain.Migration;

/// <summary>
/// A migration check over many targets, taken one at a time: each is checked as it comes and kept
/// while it ranks among the first <c>limit</c> (<see cref="MigrationCheck.Rank"/>'s order), so what
/// stays in memory is the shortlist, not the fleet. The region-not-reserved findings change no rank
/// (they are info), so they are worked out for the shortlist only.
/// </summary>
public sealed class MigrationShortlist
{
    private readonly MovingDomain moving;
    private readonly int limit;

    // The worst kept target first, to be dropped when a better one comes.
    private readonly PriorityQueue<TargetAssessment, TargetRanking.Key> kept;

    public MigrationShortlist(MovingDomain moving, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        this.moving = moving;
        this.limit = limit;
        kept = new PriorityQueue<TargetAssessment, TargetRanking.Key>(Comparer<TargetRanking.Key>.Create(static (a, b) => TargetRanking.Compare(b, a)));
    }

    /// <summary>How many targets were checked.</summary>
    public int Evaluated { get; private set; }

    public void Add(MigrationTarget target) => Keep(MigrationCheck.Assess(moving, target));

    /// <summary>A target that names no known host: incompatible (host-unknown).</summary>
    public void AddUnknown(HostName host) => Keep(TargetAssessment.Of(MigrationCheck.Unknown(host)));

    /// <summary>The shortlist in rank order, every finding included. Host names are unique, so the order is total.</summary>
    public List<TargetVerdict> Ranked()
    {
        var shortlist = new List<TargetAssessment>(kept.Count);
        foreach (var (assessment, _) in kept.UnorderedItems)
        {
            shortlist.Add(assessment);
        }

        shortlist.Sort(static (a, b) => TargetRanking.Compare(a.Key, b.Key));
        var verdicts = new List<TargetVerdict>(shortlist.Count);
        foreach (var assessment in shortlist)
        {
            verdicts.Add(assessment.ToVerdict(moving.Domain.Layout));
        }

        return verdicts;
    }

    private void Keep(TargetAssessment assessment)
    {
        Evaluated++;
        if (kept.Count < limit)
        {
            kept.Enqueue(assessment, assessment.Key);
        }
        else if (TargetRanking.Compare(assessment.Key, kept.Peek().Key) < 0)
        {
            kept.DequeueEnqueue(assessment, assessment.Key);
        }
    }
}
