using System.Text.Json.Nodes;
using Placement.Domain.Layout;
using Placement.Domain.Tests.Imports.RealHosts;
using Placement.Domain.XlConfig;
using Xunit.Abstractions;

namespace Placement.Domain.Tests.XlConfig;

/// <summary>
/// The xl.cfg importer against real machines' files (opt-in: PLACEMENT_REAL_HOSTS): every xl_cfg
/// file reads without an exception, and each expected-public.jsonl lists gives what it says:
/// memory, the pci devices, the documented rdm= with xl's 4.15+ note, or a syntax error.
/// </summary>
public sealed class XlConfigRealHostsTests(ITestOutputHelper output)
{
    [RealHostsFact]
    public void ListedXlConfigs_Read_AgreeWithExpectedPublic()
    {
        var disagreements = new List<string>();
        var files = 0;
        foreach (var host in RealHostFiles.Expected())
        {
            var id = host["id"]!.GetValue<string>();
            foreach (var (file, expected) in host["per_format"]?.AsObject().Where(f => f.Key.StartsWith("xl_cfg", StringComparison.Ordinal)) ?? [])
            {
                files++;
                var outcome = XlConfigImport.Read(File.ReadAllText(Path.Combine(RealHostFiles.Root, id, file)));
                output.WriteLine($"{id}/{file}: {Describe(outcome)}");
                if (Disagreement(expected!.AsObject(), outcome) is { } why)
                {
                    disagreements.Add($"{id}/{file}: {why}");
                }
            }
        }

        output.WriteLine($"{files} xl.cfg files checked; {disagreements.Count} disagree.");
        disagreements.ShouldBeEmpty(string.Join(Environment.NewLine, disagreements));
    }

    [RealHostsFact]
    public void EveryXlConfig_Read_NoException()
    {
        foreach (var (folder, file, path) in RealHostFiles.All().Where(f => f.File.StartsWith("xl_cfg", StringComparison.Ordinal)))
        {
            output.WriteLine($"{folder}/{file}: {Describe(XlConfigImport.Read(File.ReadAllText(path)))}");
        }
    }

    private static string? Disagreement(JsonObject expected, XlImportOutcome outcome)
    {
        if (expected["syntax_error"] is not null)
        {
            return outcome is XlUnreadable ? null : "a syntax error was expected";
        }

        if (outcome is not XlImported { Import: var import })
        {
            return $"unreadable: {Describe(outcome)}";
        }

        var devices = expected["pci"]!.AsArray().Select(p => p!["sbdf"]!.GetValue<string>()).ToList();
        var policy = expected["rdm"]?["policy"]?.GetValue<string>();
        return (import.Request.MemoryMiB, Devices: import.Request.Devices.Select(d => d.Address.ToString()).ToList(), Policy: import.Request.GlobalPolicy?.Name()) switch
        {
            var got when got.MemoryMiB != expected["memory_mib"]!.GetValue<ulong>() => $"memory {got.MemoryMiB}",
            var got when !got.Devices.SequenceEqual(devices) => $"devices {string.Join(", ", got.Devices)}",
            var got when got.Policy != policy => $"rdm policy {got.Policy}",
            _ when policy is not null && import.Notes.All(n => n.Code != XlNotes.RdmPolicyDroppedByXl) => "no rdm-policy-dropped-by-xl note",
            _ => null,
        };
    }

    private static string Describe(XlImportOutcome outcome) => outcome switch
    {
        XlImported { Import: var i } => $"memory {i.Request.MemoryMiB}, devices [{string.Join(", ", i.Request.Devices.Select(d => $"{d.Address} {d.Policy?.Name()}"))}], " +
            $"rdm {i.Request.Strategy.Name()}/{i.Request.GlobalPolicy?.Name()}, notes [{string.Join(", ", i.Notes.Select(n => $"{n.Line} {n.Code}"))}]",
        XlUnreadable { Failure: var f } => $"unreadable at line {f.Line}: {f.Code}, expected {f.Expected}",
        _ => "?",
    };
}
