using Placement.Domain.Imports.Host;
using Placement.Domain.Inventory;

namespace Placement.Agent;

/// <summary>The host-wide facts of an inventory: RAM in MiB, physical address width and whether it has an IOMMU.</summary>
internal sealed record HostFacts(ulong MemoryMiB, int PhysAddressBits, bool Iommu)
{
    public const string Meminfo = "proc/meminfo";
    public const string Cpuinfo = "proc/cpuinfo";
    public const string IommuClass = "sys/class/iommu";
    public const string HypervisorType = "sys/hypervisor/type";

    public static HostFacts Read(HostTree tree, string? xlInfoPath, TextWriter messages)
    {
        var xl = xlInfoPath is null ? null : Parse(xlInfoPath, ReadFile(xlInfoPath), XlInfoText.Read);
        if (xl?.Machine is { } machine && machine != "x86_64")
        {
            throw new AgentFailure(ExitCode.UnsupportedHost, $"xl info says machine {machine}: the agent registers x86_64 hosts only.");
        }

        var cpu = Parse(tree.PathOf(Cpuinfo), Required(tree, Cpuinfo), CpuinfoText.Read);
        if (cpu.Architecture != CpuArchitecture.X64)
        {
            throw new AgentFailure(ExitCode.UnsupportedHost,
                "This is an arm64 host: its inventory needs the arm section (RAM banks, GIC, console), which the agent does not read. Register it by hand (docs/api.md).");
        }

        var bits = cpu.PhysAddressBits
            ?? throw new AgentFailure(ExitCode.UnreadableInput, $"{tree.PathOf(Cpuinfo)} has no 'address sizes' line: the physical address width is unknown.");
        var memory = xl?.TotalMemoryMiB ?? MeminfoMemory(tree, messages);
        return new HostFacts(memory, bits, HasIommu(tree, xl, messages));
    }

    private static ulong MeminfoMemory(HostTree tree, TextWriter messages)
    {
        if (tree.ReadText(HypervisorType)?.Trim() == "xen")
        {
            messages.WriteLine("warning: this system runs on Xen; proc/meminfo holds dom0's memory, not the host's. Pass --xl-info with the output of `xl info`.");
        }

        return Parse(tree.PathOf(Meminfo), Required(tree, Meminfo), MeminfoText.Read);
    }

    // Under Xen the hypervisor owns the IOMMU and dom0 sees none, so xl info decides there.
    private static bool HasIommu(HostTree tree, XlInfo? xl, TextWriter messages)
    {
        var iommu = xl?.DirectIo ?? (tree.List(IommuClass).Count > 0 || DmarRegions.Present(tree));
        if (!iommu)
        {
            messages.WriteLine(xl is null
                ? $"note: no IOMMU ({IommuClass} is empty and there is no DMAR table): devices are listed as not IOMMU-protected."
                : "note: xl info's virt_caps has no hvm_directio: Xen runs without an IOMMU; devices are listed as not IOMMU-protected.");
        }

        return iommu;
    }

    private static string Required(HostTree tree, string relative) =>
        tree.ReadText(relative) ?? throw new AgentFailure(ExitCode.UnreadableInput, $"{tree.PathOf(relative)} does not exist.");

    private static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AgentFailure(ExitCode.UnreadableInput, $"Cannot read {path}: {e.Message}");
        }
    }

    private static T Parse<T>(string path, string text, Func<string, HostFileReading<T>> read) => read(text) switch
    {
        HostFileRead<T> { Value: var value } => value,
        HostFileUnreadable<T> { Failure: var f } => throw new AgentFailure(ExitCode.UnreadableInput, $"Cannot read {path} line {f.Line}: {f.Message} Expected {f.Expected}."),
        _ => throw new InvalidOperationException("A reading is read or unreadable."),
    };
}
