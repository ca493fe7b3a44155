using System.Globalization;
using Placement.Domain.Inventory;

namespace Placement.Domain.Imports.Host;

/// <summary>
/// Reads <c>/proc/cpuinfo</c>: x86_64 prints <c>vendor_id</c> and
/// <c>address sizes : 46 bits physical, 48 bits virtual</c>; arm64 prints <c>CPU implementer</c>
/// and no address sizes. The first processor's lines stand for all of them.
/// </summary>
public static class CpuinfoText
{
    public static HostFileReading<CpuFacts> Read(string text) => HostFileReading<CpuFacts>.Run(() =>
    {
        if (KeyValueLines.Find(text, "CPU implementer") is not null)
        {
            return new CpuFacts(CpuArchitecture.Arm64, null);
        }

        if (KeyValueLines.Find(text, "vendor_id") is null)
        {
            throw ImportBuilder.AtLine(1, "cpuinfo-unknown", "The file has neither vendor_id (x86_64) nor CPU implementer (arm64).", "vendor_id : <vendor>");
        }

        if (KeyValueLines.Find(text, "address sizes") is not var (line, value))
        {
            return new CpuFacts(CpuArchitecture.X64, null);
        }

        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || words[1] != "bits" || !words[2].StartsWith("physical", StringComparison.Ordinal)
            || !int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var bits))
        {
            throw ImportBuilder.AtLine(line, "cpuinfo-bad-address-sizes", $"address sizes reads '{value}'.", "address sizes : <n> bits physical, <n> bits virtual");
        }

        return new CpuFacts(CpuArchitecture.X64, bits);
    });
}
