using Placement.Domain.Inventory;
using Placement.Domain.Memory;

namespace Placement.Domain.Migration;

/// <summary>The order of migration targets: compatible first, then fewer warnings, then more free memory, then by name.</summary>
internal static class TargetRanking
{
    public static readonly IComparer<Key> Order = Comparer<Key>.Create(Compare);

    public readonly record struct Key(MigrationVerdict Verdict, int Warnings, ByteSize FreeMemory, HostName Host);

    public static int Compare(Key a, Key b)
    {
        var order = ((int)a.Verdict).CompareTo((int)b.Verdict);
        order = order != 0 ? order : a.Warnings.CompareTo(b.Warnings);
        order = order != 0 ? order : b.FreeMemory.CompareTo(a.FreeMemory);
        return order != 0 ? order : string.CompareOrdinal(a.Host.Value, b.Host.Value);
    }
}
