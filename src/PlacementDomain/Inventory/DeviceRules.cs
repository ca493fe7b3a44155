using Placement.Domain.Memory;

namespace Placement.Domain.Inventory;

internal static class DeviceRules
{
    public static IEnumerable<InventoryViolation> Check(IReadOnlyList<PciDevice> devices, PhysicalAddress top)
    {
        if (devices.Count > InventoryRules.MaxDevices)
        {
            yield return new("devices", "too-many", $"A host lists at most {InventoryRules.MaxDevices} devices.");
            yield break;
        }

        foreach (var duplicate in InventoryRules.Duplicates(devices.Select(d => d.Address).ToList(), i => $"devices[{i}].sbdf", "Device"))
        {
            yield return duplicate;
        }

        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i].Description is { Length: > InventoryRules.MaxDescriptionLength })
            {
                yield return new($"devices[{i}].description", "too-long",
                    $"A description is at most {InventoryRules.MaxDescriptionLength} characters.");
            }
            else if (devices[i].Description?.Any(char.IsControl) == true)
            {
                yield return new($"devices[{i}].description", "invalid-value", "A description has no control characters.");
            }

            foreach (var violation in DeviceIdentityRules.Check(devices[i].Identity, $"devices[{i}]"))
            {
                yield return violation;
            }

            foreach (var violation in CheckBars(devices[i].Bars, $"devices[{i}].bars", top))
            {
                yield return violation;
            }
        }
    }

    private static IEnumerable<InventoryViolation> CheckBars(IReadOnlyList<Bar> bars, string path, PhysicalAddress top)
    {
        var taken = new Dictionary<int, int>();
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var at = $"{path}[{i}]";
            var problem = IndexProblem(bar) ?? SizeProblem(bar, top);
            if (problem is var (field, code, message))
            {
                yield return new($"{at}.{field}", code, message);
                continue;
            }

            var slots = bar.Is64Bit ? new[] { bar.Index, bar.Index + 1 } : [bar.Index];
            foreach (var slot in slots)
            {
                if (!taken.TryAdd(slot, i))
                {
                    yield return new($"{at}.index", "bar-slot-taken",
                        $"BAR slot {slot} is already used by {path}[{taken[slot]}] (a 64-bit BAR takes two slots).");
                }
            }
        }
    }

    private static (string Field, string Code, string Message)? IndexProblem(Bar bar) => bar switch
    {
        { Kind: BarKind.Rom, Index: not Bar.RomIndex } => ("index", "out-of-range", $"The expansion ROM is BAR index {Bar.RomIndex}."),
        { Kind: not BarKind.Rom, Index: < 0 or > 5 } => ("index", "out-of-range", "A memory or I/O BAR has an index from 0 to 5."),
        { Is64Bit: true, Kind: not BarKind.Memory } => ("is64Bit", "invalid-value", "Only memory BARs can be 64-bit."),
        { Is64Bit: true, Index: 5 } => ("index", "out-of-range", "A 64-bit BAR takes two slots, so its index is at most 4."),
        _ => null,
    };

    private static (string Field, string Code, string Message)? SizeProblem(Bar bar, PhysicalAddress top)
    {
        var max = Bar.MaximumSize(bar.Kind, bar.Is64Bit) ?? top - PhysicalAddress.Zero;
        if (!bar.Size.IsPowerOfTwo)
        {
            return ("size", "not-power-of-two", $"A BAR size is a power of two; {bar.Size} is not.");
        }

        return bar.Size < Bar.MinimumSize(bar.Kind) || bar.Size > max
            ? ("size", "out-of-range", $"A {bar.Kind.ToString().ToLowerInvariant()} BAR is between {Bar.MinimumSize(bar.Kind)} and {max} bytes.")
            : null;
    }
}
