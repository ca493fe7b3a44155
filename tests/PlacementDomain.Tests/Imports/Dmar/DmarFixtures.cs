using Placement.Domain.Imports;

namespace Placement.Domain.Tests.Imports.Dmar;

/// <summary>The team's DMAR tables (compiled .dsl files) and the patches that make what iasl cannot.</summary>
internal static class DmarFixtures
{
    public static string Folder(string format = "acpi-dmar") => RepositoryPaths.Formats(format);

    public static byte[] Table(string name) => File.ReadAllBytes(Path.Combine(Folder(), name + ".aml"));

    public static string Text(string format, string file) => File.ReadAllText(Path.Combine(Folder(format), file));

    /// <summary>The table with <paramref name="patch"/> applied and its checksum made right again.</summary>
    public static byte[] Patched(string name, Action<byte[]> patch)
    {
        var bytes = Table(name);
        patch(bytes);
        FixChecksum(bytes);
        return bytes;
    }

    public static void FixChecksum(byte[] table)
    {
        table[9] = 0;
        var sum = table.Sum(b => b);
        table[9] = (byte)((256 - (sum % 256)) % 256);
    }

    public static void WriteUInt64(byte[] bytes, int offset, ulong value) => BitConverter.TryWriteBytes(bytes.AsSpan(offset, 8), value).ShouldBeTrue();

    public static PartialInventory Inventory(ImportOutcome outcome) => outcome.ShouldBeOfType<Imported>().Inventory;

    public static ImportFailure Failure(ImportOutcome outcome) => outcome.ShouldBeOfType<Unreadable>().Failure;

    /// <summary>Regions, unresolved scopes and warnings (code and offset) as text, to compare two readings of one table.</summary>
    public static string Summary(ImportOutcome outcome)
    {
        var inventory = Inventory(outcome);
        return string.Join(
            "\n",
            inventory.ReservedRegions.Select(r => $"{r.Range} {string.Join(',', r.Devices)}")
                .Concat(inventory.UnresolvedScopes.Select(s => $"{s.Range} {s.Path} {s.Why}"))
                .Concat(inventory.Warnings.Select(w => $"{w.Code}@{w.Offset}")));
    }
}
