using Placement.Domain.Imports;

namespace Placement.Domain.Tests.Imports.Logs;

/// <summary>Reads the log fixtures and renders what an import found as short strings to compare.</summary>
internal static class LogFixtures
{
    public static string Text(string folder, string file) => File.ReadAllText(Path.Combine(RepositoryPaths.Formats(folder), file));

    public static PartialInventory ShouldBeImported(this ImportOutcome outcome) => outcome.ShouldBeOfType<Imported>().Inventory;

    /// <summary>Each region as <c>start-end [devices] flags</c>, the end exclusive.</summary>
    public static string[] Regions(this PartialInventory inventory) =>
        inventory.ReservedRegions.Select(r => $"{r.Range.Start}-{r.Range.End} [{string.Join(" ", r.Devices)}]{string.Concat(r.Flags.Select(f => " " + f))}").ToArray();

    /// <summary>Each warning as <c>code@line</c> (<c>code@</c> when it names no line).</summary>
    public static string[] Warnings(this PartialInventory inventory) => inventory.Warnings.Select(w => $"{w.Code}@{w.Line}").ToArray();
}
