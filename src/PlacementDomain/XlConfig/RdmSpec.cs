using Placement.Domain.Layout;

namespace Placement.Domain.XlConfig;

/// <summary>
/// <c>rdm=</c> as xl.cfg(5) documents it: <c>strategy=host</c> and <c>policy=strict|relaxed</c>,
/// comma-separated, in any order, each optional, case-sensitive, no trailing comma.
/// <see cref="Strategy"/> is ignore and <see cref="Policy"/> null when not given.
/// </summary>
public sealed record RdmSpec(RdmStrategy Strategy, RdmPolicy? Policy)
{
    /// <summary>The documented reading (libxlutil's state machine as of xl 4.14), or null when xl cannot parse it at all.</summary>
    public static RdmSpec? TryParse(string text)
    {
        var spec = new RdmSpec(RdmStrategy.Ignore, null);
        foreach (var pair in text.Split(','))
        {
            var equals = pair.IndexOf('=');
            var (key, value) = equals < 0 ? (pair, (string?)null) : (pair[..equals], pair[(equals + 1)..]);
            spec = (key, value) switch
            {
                ("strategy", "host") => spec with { Strategy = RdmStrategy.Host },
                ("policy", "strict") => spec with { Policy = RdmPolicy.Strict },
                ("policy", "relaxed") => spec with { Policy = RdmPolicy.Relaxed },
                _ => null,
            };
            if (spec is null)
            {
                return null;
            }
        }

        return spec;
    }
}
