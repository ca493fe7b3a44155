namespace Placement.Agent.Tests;

/// <summary>A host's files (sysfs, proc, ACPI tables) in a temporary folder, deleted on dispose.</summary>
internal sealed class HostTreeBuilder : IDisposable
{
    public const string IntelCpuinfo = "processor\t: 0\nvendor_id\t: GenuineIntel\naddress sizes\t: 46 bits physical, 48 bits virtual\n";

    public HostTreeBuilder()
    {
        Root = Directory.CreateTempSubdirectory("placement-agent-").FullName;
        File("proc/cpuinfo", IntelCpuinfo);
        File("proc/meminfo", "MemTotal:       32768000 kB\nMemFree:        1024 kB\n");
        Directory.CreateDirectory(Path.Combine(Root, "sys/bus/pci/devices"));
        Directory.CreateDirectory(Path.Combine(Root, "sys/class/iommu"));
    }

    public string Root { get; }

    /// <summary>A function's sysfs files as the kernel prints them; <paramref name="resource"/> lines are <c>start end flags</c>.</summary>
    public HostTreeBuilder Function(string sbdf, string vendor, string device, string @class, string numaNode, params string[] resource)
    {
        var folder = $"sys/bus/pci/devices/{sbdf}";
        File($"{folder}/vendor", vendor + "\n");
        File($"{folder}/device", device + "\n");
        File($"{folder}/class", @class + "\n");
        File($"{folder}/numa_node", numaNode + "\n");
        var lines = resource.Concat(Enumerable.Repeat(Resource.Empty, 13 - resource.Length));
        File($"{folder}/resource", string.Concat(lines.Select(l => l + "\n")));
        return this;
    }

    public HostTreeBuilder Iommu(string name)
    {
        Directory.CreateDirectory(Path.Combine(Root, "sys/class/iommu", name));
        return this;
    }

    public HostTreeBuilder File(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return this;
    }

    public HostTreeBuilder File(string relative, byte[] bytes)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

/// <summary>Lines of a sysfs <c>resource</c> file: the kernel's IORESOURCE flags.</summary>
internal static class Resource
{
    public const string Empty = "0x0000000000000000 0x0000000000000000 0x0000000000000000";

    private const ulong Io = 0x100;
    private const ulong Mem = 0x200;
    private const ulong Prefetch = 0x2000;
    private const ulong ReadOnly = 0x4000;
    private const ulong Mem64 = 0x100000;

    public static string Memory32(ulong start, ulong size) => Line(start, size, Mem);

    public static string Memory64(ulong start, ulong size, bool prefetchable) => Line(start, size, Mem | Mem64 | (prefetchable ? Prefetch : 0));

    public static string IoPorts(ulong start, ulong size) => Line(start, size, Io);

    public static string Rom(ulong start, ulong size) => Line(start, size, Mem | ReadOnly);

    private static string Line(ulong start, ulong size, ulong flags) => $"0x{start:x16} 0x{start + size - 1:x16} 0x{flags:x16}";
}
