using Placement.Domain.Imports;

namespace Placement.Agent;

/// <summary>
/// The reserved regions (RMRRs) of the host's ACPI DMAR table. Xen hides the table from dom0 by
/// renaming it: <c>RMAD</c> in current releases (the same bytes, so the checksum holds), <c>XMAR</c>
/// in older ones (with the checksum lowered to match). Under Xen it is read from there with its signature put back.
/// </summary>
internal static class DmarRegions
{
    public const string Tables = "sys/firmware/acpi/tables";

    /// <summary>The names the table may have, in the order they are looked for.</summary>
    public static readonly string[] Names = ["DMAR", "RMAD", "XMAR"];

    public static bool Present(HostTree tree) => Names.Any(name => File.Exists(tree.PathOf($"{Tables}/{name}")));

    /// <summary>The table's regions and unresolved scopes; none when there is no table. Both and the reader's warnings go to <paramref name="messages"/>.</summary>
    public static (IReadOnlyList<ImportedRegion> Regions, IReadOnlyList<UnresolvedScope> Unresolved) Read(HostTree tree, TextWriter messages)
    {
        if (Names.Select(name => $"{Tables}/{name}").FirstOrDefault(path => File.Exists(tree.PathOf(path))) is not { } path)
        {
            return ([], []);
        }

        var bytes = Unrenamed(tree.ReadBytes(path)!);

        switch (DmarTable.Read(bytes))
        {
            case Unreadable { Failure: var failure }:
                throw new AgentFailure(ExitCode.UnreadableInput,
                    $"Cannot read {tree.PathOf(path)} at byte {failure.Offset}: {failure.Message} Expected {failure.Expected}.");
            case Imported { Inventory: var inventory }:
                foreach (var warning in inventory.Warnings)
                {
                    messages.WriteLine($"warning: {path} byte {warning.Offset}: {warning.Message} ({warning.Code})");
                }

                return WithBridgePaths(tree, inventory, messages);
            default:
                throw new InvalidOperationException("An import outcome is Imported or Unreadable.");
        }
    }

    /// <summary>The regions with the devices of the scopes <see cref="BridgePaths"/> resolves; the others are reported and returned.</summary>
    private static (IReadOnlyList<ImportedRegion>, IReadOnlyList<UnresolvedScope>) WithBridgePaths(HostTree tree, PartialInventory inventory, TextWriter messages)
    {
        var regions = inventory.ReservedRegions.ToList();
        var unresolved = new List<UnresolvedScope>();
        foreach (var scope in inventory.UnresolvedScopes)
        {
            var index = regions.FindIndex(r => r.Range == scope.Range);
            if (index >= 0 && BridgePaths.Resolve(tree, scope) is { } device)
            {
                messages.WriteLine($"note: RMRR {scope.Range}: device scope {scope.Path} is {device} through the host's bridges.");
                regions[index] = regions[index] with { Devices = [.. regions[index].Devices.Append(device).Distinct()] };
                continue;
            }

            messages.WriteLine($"warning: RMRR {scope.Range}: device scope {scope.Path} is not resolved ({scope.Why}); add its device to the region by hand.");
            unresolved.Add(scope);
        }

        return (regions, unresolved);
    }

    // Xen's acpi_dmar_zap: RMAD is a permutation of DMAR's bytes; XMAR lowered the checksum by 'X' - 'D'.
    private static byte[] Unrenamed(byte[] table)
    {
        var old = table.AsSpan().StartsWith("XMAR"u8);
        if (table.Length > 9 && (old || table.AsSpan().StartsWith("RMAD"u8)))
        {
            "DMAR"u8.CopyTo(table);
            table[9] = old ? unchecked((byte)(table[9] + ('X' - 'D'))) : table[9];
        }

        return table;
    }
}
