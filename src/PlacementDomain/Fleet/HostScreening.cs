namespace Placement.Domain.Fleet;

/// <summary>
/// What a search ruled out before reading hosts in full, filled as it reads them: how many hosts
/// the filter admitted, and for each code how many of them it passed over (<c>insufficient-memory</c>
/// for every admitted host, <c>no-matching-device</c> for the hosts it came to). A placement adds
/// it to its own counts.
/// </summary>
public sealed class HostScreening
{
    private readonly Dictionary<string, int> rejected = new(StringComparer.Ordinal);

    /// <summary>Hosts the filter admitted.</summary>
    public int Admitted { get; private set; }

    public IReadOnlyDictionary<string, int> Rejected => rejected;

    public void Admit(int hosts) => Admitted += hosts;

    public void Reject(string code, int hosts = 1)
    {
        if (hosts > 0)
        {
            rejected[code] = rejected.GetValueOrDefault(code) + hosts;
        }
    }
}
