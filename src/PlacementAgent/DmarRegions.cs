using Placement.Agent.Seams;
using Placement.Domain.Imports;

namespace Placement.Agent;

/// <summary>
/// The reserved regions (RMRRs) of the host's ACPI DMAR table. Xen hides the table from dom0 by
/// renaming it XMAR (and fixing the checksum), so under Xen it is read from there with its
/// signature put back.
/// </summary>
internal static class DmarRegions
{
    public const string Dmar = "sys/firmware/acpi/tables/DMAR";
    public const string XenRenamedDmar = "sys/firmware/acpi/tables/XMAR";

    public static bool Present(HostTree tree) => File.Exists(tree.PathOf(Dmar)) || File.Exists(tree.PathOf(XenRenamedDmar));

    /// <summary>The table's regions and unresolved scopes; none when there is no table. Both and the reader's warnings go to <paramref name="messages"/>.</summary>
    public static (IReadOnlyList<ImportedRegion> Regions, IReadOnlyList<UnresolvedScope> Unresolved) Read(HostTree tree, TextWriter messages)
    {
        var (path, bytes) = tree.ReadBytes(Dmar) is { } dmar ? (Dmar, dmar) : (XenRenamedDmar, Unrenamed(tree.ReadBytes(XenRenamedDmar)));
        if (bytes is null)
        {
            return ([], []);
        }

        switch (DomainReaders.ReadDmar(bytes))
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

    // Xen writes 'X' over the 'D' and lowers the checksum by the same amount: undo both.
    private static byte[]? Unrenamed(byte[]? table)
    {
        if (table is not { Length: > 9 } || table[0] != (byte)'X')
        {
            return table;
        }

        table[0] = (byte)'D';
        table[9] = unchecked((byte)(table[9] + ('X' - 'D')));
        return table;
    }
}
