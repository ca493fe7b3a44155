using BenchmarkDotNet.Attributes;
using Placement.Domain.Imports;

namespace Placement.Benchmarks;

/// <summary>
/// Reading one file, as POST /v1/imports/inventory does after the body is in memory: the team's
/// largest fixture of each format, and with PLACEMENT_REAL_HOSTS set the largest real file of
/// each (a folder the repository does not carry).
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private byte[] content = null!;
    private ImportFormat format;

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    public static IEnumerable<string> Files()
    {
        var formats = Path.Combine(Root(), "tests", "formats");
        foreach (var (folder, pattern) in new[] { ("acpi-dmar", "*.aml"), ("lspci", "p*.txt"), ("xen-dmesg", "*.txt"), ("acpi-dmar-text", "*.dsl") })
        {
            yield return Largest(Path.Combine(formats, folder), pattern);
        }

        if (Environment.GetEnvironmentVariable("PLACEMENT_REAL_HOSTS") is { Length: > 0 } real && Directory.Exists(real))
        {
            foreach (var pattern in new[] { "dmar.dat", "dmar.dsl", "lspci_*.txt" })
            {
                yield return Largest(Path.GetFullPath(real), pattern, SearchOption.AllDirectories);
            }
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        content = System.IO.File.ReadAllBytes(File);
        format = FormatDetection.Detect(content) ?? throw new InvalidOperationException($"{File} is in no format.");
    }

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
