using Placement.Domain.Layout;

namespace Placement.Domain.XlConfig;

/// <summary>
/// rdm= read as documented (<see cref="RdmSpec"/>), with what current xl does instead. Since xl
/// 4.15 (commit bdc0799fe2) libxlutil checks the policy the wrong way round: every valid
/// <c>policy=</c> fails the parse, and xl drops the whole setting silently (strategy ignore, policy
/// relaxed). <c>strategy=host</c> alone parses, but xl copies an uninitialised policy from its stack.
/// </summary>
internal static class XlRdm
{
    public static RdmSpec Read(XlSettingReader reader)
    {
        if (reader.String("rdm") is not { } text)
        {
            return new RdmSpec(RdmStrategy.Ignore, null);
        }

        var line = reader.LineOf("rdm")!.Value;
        if (RdmSpec.TryParse(text) is not { } spec)
        {
            reader.Note(XlNotes.RdmUnreadable,
                $"rdm = \"{text}\" is not strategy=host and/or policy=strict|relaxed (case-sensitive, no trailing comma): xl ignores it, and so does the request.", line);
            return new RdmSpec(RdmStrategy.Ignore, null);
        }

        if (spec.Policy is { } policy)
        {
            reader.Note(XlNotes.RdmPolicyDroppedByXl,
                $"rdm = \"{text}\": xl 4.15 onward silently drops an rdm= that has a valid policy= (an inverted check in libxlutil), and builds the domain with strategy ignore, " +
                $"global policy relaxed, and devices without their own rdm_policy strict; the request follows the documented meaning ({spec.Strategy.Name()}, {policy.Name()}). " +
                "On current xl, give each pci entry its rdm_policy and write rdm = \"strategy=host\" without policy=.", line);
        }
        else if (spec.Strategy == RdmStrategy.Host)
        {
            reader.Note(XlNotes.RdmPolicyUndefined,
                "rdm = \"strategy=host\" without policy=: xl leaves the global policy undefined (an uninitialised variable), and pci entries without rdm_policy copy it; " +
                "the request takes the documented default (relaxed for the host's regions, strict for devices without their own rdm_policy).", line);
        }

        return spec;
    }
}
