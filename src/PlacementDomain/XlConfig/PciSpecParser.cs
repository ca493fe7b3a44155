using Placement.Domain.Layout;
using Placement.Domain.Pci;

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
        if (Bdf(text, ref at) is { } positional)
        {
            spec = spec with { Address = positional.Address, AllFunctions = positional.All };
            if (at < text.Length && text[at] == '@')
            {
                at++;
                if (Slot(text, ref at) is not { } slot)
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
        else
        {
            at = 0;
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
            "bdf" => Bdf(value, ref at) is { } bdf ? spec with { Address = bdf.Address, AllFunctions = bdf.All } : null,
            "vslot" => Slot(value, ref at) is { } slot ? spec with { VirtualSlot = slot } : null,
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

    /// <summary>parse_bdf: the colons before the first other character say whether a segment is there; then hex fields, '.', and a function or '*'.</summary>
    private static (PciAddress Address, bool All)? Bdf(string text, ref int at)
    {
        var run = at;
        while (run < text.Length && (Uri.IsHexDigit(text[run]) || text[run] == ':'))
        {
            run++;
        }

        var colons = text.AsSpan(at, run - at).Count(':');
        if (colons is not (1 or 2))
        {
            return null;
        }

        var start = at;
        var fields = new List<long>();
        for (var i = 0; i < colons + 1; i++)
        {
            if (Hex(text, ref at) is not { } field || at >= text.Length || text[at] != (i < colons ? ':' : '.'))
            {
                at = start;
                return null;
            }

            fields.Add(field);
            at++;
        }

        var (segment, bus, device) = colons == 2 ? (fields[0], fields[1], fields[2]) : (0, fields[0], fields[1]);
        var all = at < text.Length && text[at] == '*';
        long? function = all ? 0 : Hex(text, ref at);
        at += all ? 1 : 0;
        if (segment > 0xffff || bus > 0xff || device > PciAddress.MaxDevice || function is not (>= 0 and <= PciAddress.MaxFunction))
        {
            at = start;
            return null;
        }

        return (new PciAddress((int)segment, (int)bus, (int)device, (int)function), all);
    }

    private static int? Slot(string text, ref int at) => Hex(text, ref at) is { } slot && slot <= PciAddress.MaxDevice ? (int)slot : null;

    private static long? Hex(string text, ref int at)
    {
        var start = at;
        long value = 0;
        while (at < text.Length && Uri.IsHexDigit(text[at]))
        {
            value = Math.Min((value * 16) + Convert.ToInt32(text[at].ToString(), 16), uint.MaxValue + 1L);
            at++;
        }

        return at > start ? value : null;
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
