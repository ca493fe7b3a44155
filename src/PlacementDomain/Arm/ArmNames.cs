namespace Placement.Domain.Arm;

/// <summary>The names documents use for the arm64 vocabulary.</summary>
public static class ArmNames
{
    public static readonly IReadOnlyDictionary<string, MemoryAllocation> Allocations = new Dictionary<string, MemoryAllocation>(StringComparer.Ordinal)
    {
        ["auto"] = MemoryAllocation.Auto,
        ["static"] = MemoryAllocation.Static,
    };

    public static string Name(this MemoryAllocation allocation) => allocation == MemoryAllocation.Auto ? "auto" : "static";
}
