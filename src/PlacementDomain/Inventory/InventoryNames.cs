namespace Placement.Domain.Inventory;

/// <summary>The names the inventory document uses for architectures and BAR kinds.</summary>
public static class InventoryNames
{
    private static readonly Dictionary<string, CpuArchitecture> ArchitectureByName = new(StringComparer.Ordinal)
    {
        ["x86_64"] = CpuArchitecture.X64,
        ["arm64"] = CpuArchitecture.Arm64,
    };

    private static readonly Dictionary<string, BarKind> BarKinds = new(StringComparer.Ordinal)
    {
        ["memory"] = BarKind.Memory,
        ["io"] = BarKind.Io,
        ["rom"] = BarKind.Rom,
    };

    public static IReadOnlyDictionary<string, CpuArchitecture> Architectures => ArchitectureByName;

    public static IReadOnlyCollection<string> ArchitectureNames => ArchitectureByName.Keys;

    public static IReadOnlyCollection<string> BarKindNames => BarKinds.Keys;

    public static string Name(this CpuArchitecture architecture) => ArchitectureByName.First(a => a.Value == architecture).Key;

    public static string Name(this BarKind kind) => BarKinds.First(k => k.Value == kind).Key;

    public static bool TryParseArchitecture(string? name, out CpuArchitecture architecture) =>
        ArchitectureByName.TryGetValue(name ?? "", out architecture);

    public static bool TryParseBarKind(string? name, out BarKind kind) => BarKinds.TryGetValue(name ?? "", out kind);
}
