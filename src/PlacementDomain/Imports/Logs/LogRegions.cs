using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Imports;

/// <summary>
/// The regions a log yields, one per (range, devices): a log pasted twice, or a range Xen prints
/// twice, gives one region and a <c>duplicate-region</c> warning.
/// </summary>
internal sealed class LogRegions(ImportBuilder builder)
{
    private readonly List<int> lines = [];

    public void Add(AddressRange range, IReadOnlyList<PciAddress> devices, int line, params string[] flags)
    {
        var index = builder.Regions.FindIndex(r => r.Range == range && r.Devices.Order().SequenceEqual(devices.Order()));
        if (index < 0)
        {
            builder.Regions.Add(new ImportedRegion(range, devices) { Flags = flags });
            lines.Add(line);
            return;
        }

        var first = builder.Regions[index];
        builder.Regions[index] = first with { Flags = first.Flags.Union(flags).ToArray() };
        builder.Warn("duplicate-region", $"The region [{range.Start}, {range.End}) with the same devices is already on line {lines[index]}; it is read once.", line);
    }
}
