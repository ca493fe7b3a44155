using System.Text.Json.Nodes;
using Placement.Domain.Imports;
using Xunit.Abstractions;

namespace Placement.Domain.Tests.Imports.RealHosts;

/// <summary>
/// The DMAR tables of the listed folders against expected-public.jsonl's table facts: host address
/// width, DRHD and ATSR counts, and which other subtable types occur (opt-in: PLACEMENT_REAL_HOSTS).
/// </summary>
public sealed class RealHostsDmarTests(ITestOutputHelper output)
{
    private static readonly DmarSubtableType[] Named = [DmarSubtableType.Drhd, DmarSubtableType.Rmrr, DmarSubtableType.Atsr];

    [RealHostsFact]
    public void ListedTables_Decode_AgreeWithExpectedPublic()
    {
        var disagreements = new List<string>();
        var tables = 0;
        foreach (var host in RealHostFiles.Expected().Where(h => h["dmar_host_address_width"] is not null))
        {
            var id = host["id"]!.GetValue<string>();
            tables++;
            if (DmarTable.Decode(File.ReadAllBytes(Path.Combine(RealHostFiles.Root, id, "dmar.dat"))) is not DecodedDmar { Table: var table })
            {
                disagreements.Add($"{id}: not decoded");
                continue;
            }

            var expected = Facts(host["dmar_host_address_width"]!.GetValue<int>(), host["dmar_other_subtables"]!.AsObject());
            var got = $"width {table.Header.HostAddressWidth}, drhd {table.Count(DmarSubtableType.Drhd)}, atsr {table.Count(DmarSubtableType.Atsr)}, other [{string.Join(",", table.Subtables.Select(s => (int)s.Type).Where(t => !Named.Contains((DmarSubtableType)t)).Distinct().Order())}]";
            if (got != expected)
            {
                disagreements.Add($"{id}: {got}, expected {expected}");
            }
        }

        output.WriteLine($"{tables} tables checked, {disagreements.Count} disagreements.");
        disagreements.ShouldBeEmpty(string.Join(Environment.NewLine, disagreements));
    }

    private static string Facts(int width, JsonObject subtables) =>
        $"width {width}, drhd {subtables["drhd"]}, atsr {subtables["atsr"]}, other [{string.Join(",", subtables["other_types"]!.AsArray().Select(t => t!.GetValue<int>()).Order())}]";
}
