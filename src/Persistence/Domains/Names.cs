using Placement.Domain.Layout;

namespace Placement.Persistence.Domains;

/// <summary>Stored names back to the layout vocabulary: the names of <see cref="LayoutNames"/>, read in reverse.</summary>
internal static class Names
{
    public static readonly IReadOnlyDictionary<string, RdmSource> Sources = Reverse<RdmSource>(LayoutNames.Name);
    public static readonly IReadOnlyDictionary<string, RdmStatus> Statuses = Reverse<RdmStatus>(LayoutNames.Name);
    public static readonly IReadOnlyDictionary<string, BarWindow> Windows = Reverse<BarWindow>(LayoutNames.Name);
    public static readonly IReadOnlyDictionary<string, Severity> Severities = Reverse<Severity>(LayoutNames.Name);
    public static readonly IReadOnlyDictionary<string, MemoryType> MemoryTypes = Reverse<MemoryType>(LayoutNames.Name);
    public static readonly IReadOnlyDictionary<string, AssignmentOutcome> Outcomes = Reverse<AssignmentOutcome>(LayoutNames.Name);

    private static Dictionary<string, T> Reverse<T>(Func<T, string> name)
        where T : struct, Enum => Enum.GetValues<T>().ToDictionary(name, StringComparer.Ordinal);
}
