using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using Placement.Domain.Imports;

namespace Placement.Benchmarks;

/// <summary>
/// Reading one file, as POST /v1/imports/inventory does after the body is in memory: the team's
/// largest fixture of each format, and with PLACEMENT_REAL_HOSTS set the largest real file of
/// each (a folder the repository does not carry).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(WidePaths))]
public class ImportBenchmarks
{
    /// <summary>Files are named by their path from the formats folder or the real hosts' folder: the table shows it whole.</summary>
    private sealed class WidePaths : ManualConfig
    {
        public WidePaths() => SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(80);
    }

    private byte[] content = null!;
    private ImportFormat format;

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    /// <summary>formats/&lt;format&gt;/&lt;file&gt; of the repository's tests, or real/&lt;machine&gt;/&lt;file&gt; of PLACEMENT_REAL_HOSTS.</summary>
    public static IEnumerable<string> Files()
    {
        foreach (var (folder, pattern) in new[] { ("acpi-dmar", "*.aml"), ("acpi-dmar-text", "*.dsl"), ("xen-dmesg", "*.txt"), ("lspci", "p*.txt") })
        {
            yield return "formats/" + Path.GetRelativePath(Formats, Largest(Path.Combine(Formats, folder), pattern));
        }

        if (RealHosts is { } real)
        {
            foreach (var pattern in new[] { "dmar.dat", "dmar.dsl", "lspci_*.txt" })
            {
                yield return "real/" + Path.GetRelativePath(real, Largest(real, pattern, SearchOption.AllDirectories));
            }
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        var path = File.StartsWith("real/", StringComparison.Ordinal)
            ? Path.Combine(RealHosts!, File["real/".Length..])
            : Path.Combine(Formats, File["formats/".Length..]);
        content = System.IO.File.ReadAllBytes(path);
        format = FormatDetection.Detect(content) ?? throw new InvalidOperationException($"{File} is in no format.");
    }

    private static string Formats => Path.Combine(Root(), "tests", "formats");

    private static string? RealHosts =>
        Environment.GetEnvironmentVariable("PLACEMENT_REAL_HOSTS") is { Length: > 0 } real && Directory.Exists(real) ? Path.GetFullPath(real) : null;

    [Benchmark(Description = "read, format named")]
    public int Read() => InventoryImport.Read(format, content) is Imported { Inventory: var i } ? i.ReservedRegions.Count + i.Devices.Count : -1;

    [Benchmark(Description = "read, format=auto")]
    public int ReadAuto() => InventoryImport.Read(null, content) is Imported { Inventory: var i } ? i.ReservedRegions.Count + i.Devices.Count : -1;

    private static string Largest(string folder, string pattern, SearchOption option = SearchOption.TopDirectoryOnly) =>
        new DirectoryInfo(folder).GetFiles(pattern, option).MaxBy(f => f.Length)!.FullName;

    private static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "PlacementService.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No PlacementService.sln above the benchmark.");
    }
}
