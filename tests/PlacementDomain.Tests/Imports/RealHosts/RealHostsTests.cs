using System.Globalization;
using System.Text.Json.Nodes;
using Placement.Domain.Imports;
using Xunit.Abstractions;

namespace Placement.Domain.Tests.Imports.RealHosts;

/// <summary>
/// The importers against real machines' files (opt-in: PLACEMENT_REAL_HOSTS). Every file is read
/// without an exception, each file in a format the service reads is recognised as that format and
/// read, and every folder expected-public.jsonl lists gives what it says.
/// </summary>
public sealed class RealHostsTests(ITestOutputHelper output)
{
    [RealHostsFact]
    public void EveryFile_ReadAuto_RecognisedAndRead()
    {
        var wrong = new List<string>();
        var read = 0;
        var other = 0;
        foreach (var (folder, file, path) in RealHostFiles.All().Where(f => !RealHostFormats.IsXlConfig(f.File)))
        {
            var outcome = InventoryImport.Read(null, File.ReadAllBytes(path));
            var expected = RealHostFormats.Of(file);
            if (expected is null)
            {
                other++;
                output.WriteLine($"{folder}/{file}: {Describe(outcome)}");
                continue;
            }

            read++;
            if (outcome is not Imported { Inventory.Format: var format } || format != expected)
            {
                wrong.Add($"{folder}/{file}: expected {expected.Value.Name()}, got {Describe(outcome)}");
            }
        }

        output.WriteLine($"{read} files in a format read, {other} in none; {wrong.Count} wrong.");
        wrong.ShouldBeEmpty(string.Join(Environment.NewLine, wrong));
    }

    [RealHostsFact]
    public void ListedFolders_Read_AgreeWithExpectedPublic()
    {
        var disagreements = new List<string>();
        var checkedFiles = 0;
        foreach (var host in RealHostFiles.Expected())
        {
            var id = host["id"]!.GetValue<string>();
            foreach (var (file, check) in Checks(host))
            {
                checkedFiles++;
                var path = Path.Combine(RealHostFiles.Root, id, file);
                var outcome = InventoryImport.Read(RealHostFormats.Of(file), File.ReadAllBytes(path));
                if (outcome is not Imported imported)
                {
                    disagreements.Add($"{id}/{file}: {Describe(outcome)}");
                    continue;
                }

                disagreements.AddRange(check(imported.Inventory).Select(d => $"{id}/{file}: {d}"));
            }
        }

        output.WriteLine($"{RealHostFiles.Expected().Count} folders listed, {checkedFiles} files checked against them, {disagreements.Count} disagreements.");
        disagreements.ShouldBeEmpty(string.Join(Environment.NewLine, disagreements));
    }

    /// <summary>Each file of the folder the line speaks for, with what to check in its partial inventory.</summary>
    private static IEnumerable<(string File, Func<PartialInventory, IEnumerable<string>> Check)> Checks(JsonObject host)
    {
        var files = host["files"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();
        var perFormat = host["per_format"]?.AsObject();
        if (host["rmrrs"] is JsonArray rmrrs && (host["rmrr_source"] is not null || files.Any(f => RealHostFormats.Of(f) == ImportFormat.XenDmesg)))
        {
            var sources = files.Where(f => RealHostFormats.Of(f) is ImportFormat.AcpiDmar or ImportFormat.AcpiDmarText or ImportFormat.Acpidump or ImportFormat.XenDmesg);
            foreach (var file in sources)
            {
                yield return (file, inventory => SameRegions(rmrrs, inventory, compareDevices: true));
            }
        }

        foreach (var file in files.Where(f => perFormat?[f]?["rmrrs"] is not null))
        {
            yield return (file, inventory => SameRegions(perFormat![file]!["rmrrs"]!.AsArray(), inventory, compareDevices: true));
        }

        foreach (var file in files.Where(f => perFormat?[f]?["direct_regions"] is not null))
        {
            yield return (file, inventory => SysfsRegions(perFormat![file]!["direct_regions"]!.AsArray(), inventory));
        }

        foreach (var file in files.Where(f => RealHostFormats.Of(f) == ImportFormat.Lspci))
        {
            yield return (file, inventory => LspciDevices(host, perFormat?[file]?["pci_functions"]?.GetValue<int>(), inventory));
        }

        if (host["ram"]?["kib"]?.GetValue<long>() is { } kib)
        {
            var file = host["ram"]!["source"]!.GetValue<string>();
            yield return (file, inventory => inventory.MemoryMiB == (ulong)(kib / 1024) ? [] : [$"memory {inventory.MemoryMiB} MiB, expected {kib / 1024}"]);
        }
    }

    private static IEnumerable<string> SameRegions(JsonArray expected, PartialInventory inventory, bool compareDevices)
    {
        var want = expected.Select(r => Region(r!, compareDevices)).Order().ToList();
        var got = inventory.ReservedRegions.Select(r => Region(r, compareDevices)).Order().ToList();
        if (!want.SequenceEqual(got))
        {
            yield return $"regions [{string.Join("; ", got)}], expected [{string.Join("; ", want)}]";
        }

        foreach (var region in expected.Where(r => r!["unresolved_scopes"] is JsonArray))
        {
            var start = Hex(region!["start"]!);
            var count = inventory.UnresolvedScopes.Count(u => u.Range.Start.Value == start);
            if (count != region["unresolved_scopes"]!.AsArray().Count)
            {
                yield return $"{count} unresolved scopes at 0x{start:x}, expected {region["unresolved_scopes"]!.AsArray().Count}";
            }
        }
    }

    private static string Region(JsonNode region, bool devices)
    {
        var ignored = region["flags"]?.AsArray().Any(f => f!.GetValue<string>() == "ignored_by_xen_device_not_present") == true;
        var names = devices ? string.Join(",", region["devices"]!.AsArray().Select(d => d!.GetValue<string>()).Order()) : "";
        return $"0x{Hex(region["start"]!):x}-0x{Hex(region["end_exclusive"]!):x} [{names}]{(ignored ? " ignored" : "")}";
    }

    private static string Region(ImportedRegion region, bool devices)
    {
        var ignored = region.Flags.Contains(ImportedRegionFlags.IgnoredByXen);
        var names = devices ? string.Join(",", region.Devices.Select(d => d.ToString()).Order()) : "";
        return $"{region.Range.Start}-{region.Range.End} [{names}]{(ignored ? " ignored" : "")}";
    }

    /// <summary>sysfs names no devices: the ranges that are RMRRs (or direct-relaxable regions) are regions, the work-arounds are not.</summary>
    private static IEnumerable<string> SysfsRegions(JsonArray direct, PartialInventory inventory)
    {
        var want = direct.Where(r => r!["is_rmrr"]?.GetValue<bool>() != false).Select(r => Region(r!, devices: false)).Order();
        var got = inventory.ReservedRegions.Select(r => Region(r, devices: false)).Order();
        if (!want.SequenceEqual(got))
        {
            yield return $"regions [{string.Join("; ", got)}], expected [{string.Join("; ", want)}]";
        }
    }

    private static IEnumerable<string> LspciDevices(JsonObject host, int? functions, PartialInventory inventory)
    {
        if (functions is { } count && inventory.Devices.Count != count)
        {
            yield return $"{inventory.Devices.Count} functions, expected {count}";
        }

        if (host["bars"] is JsonArray bars)
        {
            var want = bars.Select(b => MemoryBar(b!)).Order().ToList();
            var got = inventory.Devices.SelectMany(d => d.Bars.Where(b => b.Kind == Placement.Domain.Inventory.BarKind.Memory).Select(b => MemoryBar(d, b))).Order().ToList();
            if (!want.SequenceEqual(got))
            {
                yield return $"memory BARs: missing [{string.Join("; ", want.Except(got))}], extra [{string.Join("; ", got.Except(want))}]";
            }
        }

        if (host["io_bars"] is JsonArray io)
        {
            var want = io.Select(b => $"{b!["sbdf"]} {b["index"]} 0x{Hex(b["size"]!):x}").Order().ToList();
            var got = inventory.Devices.SelectMany(d => d.Bars.Where(b => b.Kind == Placement.Domain.Inventory.BarKind.Io).Select(b => $"{d.Address} {b.Index} {b.Size}")).Order().ToList();
            if (!want.SequenceEqual(got))
            {
                yield return $"I/O BARs: missing [{string.Join("; ", want.Except(got))}], extra [{string.Join("; ", got.Except(want))}]";
            }
        }
    }

    private static string MemoryBar(JsonNode bar) =>
        $"{bar["sbdf"]} {bar["index"]?.ToString() ?? ""} 0x{Hex(bar["size"]!):x} {(bar["is64Bit"]!.GetValue<bool>() ? "64" : "32")} " +
        $"{(bar["prefetchable"]!.GetValue<bool>() ? "pf" : "np")} {(bar["address"] is { } a ? $"0x{Hex(a):x}" : "-")}{(bar["disabled"]?.GetValue<bool>() == true ? " disabled" : "")}";

    private static string MemoryBar(ImportedDevice device, ImportedBar bar) =>
        $"{device.Address} {bar.Index?.ToString(CultureInfo.InvariantCulture) ?? ""} {bar.Size} {(bar.Is64Bit ? "64" : "32")} " +
        $"{(bar.Prefetchable ? "pf" : "np")} {(bar.Address is { } a ? a.ToString() : "-")}{(bar.Disabled ? " disabled" : "")}";

    private static ulong Hex(JsonNode node) => ulong.Parse(node.GetValue<string>().AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    private static string Describe(ImportOutcome outcome) => outcome switch
    {
        Imported { Inventory: var i } => $"{i.Format.Name()}: {i.ReservedRegions.Count} regions, {i.UnresolvedScopes.Count} unresolved, {i.Devices.Count} devices, {i.Warnings.Count} warnings",
        Unreadable { Failure: var f } => $"unreadable ({f.Format?.Name() ?? "no format"}) {f.Code} at {(f.Line is { } l ? $"line {l}" : $"offset {f.Offset}")}: {f.Message}",
        _ => outcome.ToString()!,
    };
}
