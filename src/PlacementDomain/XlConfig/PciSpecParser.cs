using Placement.Domain.Layout;

namespace Placement.Domain.XlConfig;

/// <summary>
/// libxlutil's PCI_SPEC_STRING reader (libxlu_pci.c): <c>[[SSSS:]BB:DD.F|*][@VSLOT][,key=value]*</c>,
/// or key=value pairs only. Keys: bdf, vslot, permissive, msitranslate, seize, power_mgmt,
/// rdm_policy (case-insensitive; xl's table also takes <c>invalid</c>, which libxl makes strict),
/// name. Exactly one of a BDF or a name. An unknown key (<c>" permissive"</c> after a space
/// included) or a pair without <c>=</c> is an error, and xl then refuses the whole file.
/// </summary>
public static class PciSpecParser
{
    public static PciSpec? TryParse(string text, PciDefaults defaults, out string? error)
    {
        var spec = new PciSpec(null, false, null, defaults.Permissive, defaults.MsiTranslate, defaults.Seize, defaults.PowerMgmt, null, null);
        var at = 0;
        if (PciBdf.Read(text, ref at) is { } positional)
        {
            spec = spec with { Address = positional.Address, AllFunctions = positional.All };
            if (at < text.Length && text[at] == '@')
            {
                at++;
                if (PciBdf.Slot(text, ref at) is not { } slot)
                {
                    return Fail($"expected a slot of at most 1f in hex after @ in '{text}'", out error);
                }

                spec = spec with { VirtualSlot = slot };
            }

            if (at < text.Length && text[at] != ',')
            {
                return Fail($"expected , or the end after the address in '{text}'", out error);
            }

            at = Math.Min(at + 1, text.Length);
        }

        while (at < text.Length)
        {
            var equals = text.IndexOf('=', at);
            if (equals < 0)
            {
                return Fail(at == 0
                    ? $"expected an address [SSSS:]BB:DD.F (segment <= ffff, bus <= ff, device <= 1f, function <= 7 or *) or key=value pairs, not '{text}'"
                    : $"expected key=value at '{text[at..]}' in '{text}'", out error);
            }

            var comma = text.IndexOf(',', equals);
            var (key, value) = (text[at..equals], text[(equals + 1)..(comma < 0 ? text.Length : comma)]);
            at = comma < 0 ? text.Length : comma + 1;
            if (Apply(spec, key, value) is not { } next)
            {
                return Fail($"expected one of bdf, vslot, permissive, msitranslate, seize, power_mgmt, rdm_policy, name with a valid value, not '{key}={value}' in '{text}'", out error);
            }

            spec = next;
        }

        if ((spec.Address is null) == (spec.Name is null))
        {
            return Fail($"expected exactly one of an address or name= in '{text}'", out error);
        }

        error = null;
        return spec;
    }

    private static PciSpec? Apply(PciSpec spec, string key, string value)
    {
        var at = 0;
        return key switch
        {
            "bdf" => PciBdf.Read(value, ref at) is { } bdf ? spec with { Address = bdf.Address, AllFunctions = bdf.All } : null,
            "vslot" => PciBdf.Slot(value, ref at) is { } slot ? spec with { VirtualSlot = slot } : null,
            "permissive" => spec with { Permissive = Atoi(value) },
            "msitranslate" => spec with { MsiTranslate = Atoi(value) },
            "seize" => spec with { Seize = Atoi(value) },
            "power_mgmt" => spec with { PowerMgmt = Atoi(value) },
            "rdm_policy" => value.ToLowerInvariant() switch
            {
                "strict" or "invalid" => spec with { Policy = RdmPolicy.Strict },
                "relaxed" => spec with { Policy = RdmPolicy.Relaxed },
                _ => null,
            },
            "name" => spec with { Name = value },
            _ => null,
        };
    }

    /// <summary>atoi: optional sign and decimal digits after blanks; anything else reads as 0 (so "yes" is 0).</summary>
    private static int Atoi(string text)
    {
        var trimmed = text.TrimStart(' ', '\t', '\n', '\v', '\f', '\r');
        var sign = trimmed.StartsWith('-') ? -1 : 1;
        var digits = trimmed.TrimStart('+', '-');
        digits = trimmed.Length - digits.Length > 1 ? "" : digits;
        long value = 0;
        foreach (var c in digits.TakeWhile(char.IsAsciiDigit))
        {
            value = Math.Min((value * 10) + (c - '0'), int.MaxValue);
        }

        return (int)(sign * value);
    }

    private static PciSpec? Fail(string message, out string? error)
    {
        error = message;
        return null;
    }
}
