using Placement.Domain.Pci;

namespace Placement.Domain.XlConfig;

/// <summary>libxlu_pci.c's parse_bdf and parse_vslot: hex fields read from <c>at</c>, which moves past what was read (and stays put on failure).</summary>
internal static class PciBdf
{
    /// <summary>parse_bdf: the colons before the first other character say whether a segment is there; then hex fields, '.', and a function or '*'.</summary>
    public static (PciAddress Address, bool All)? Read(string text, ref int at)
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

    public static int? Slot(string text, ref int at) => Hex(text, ref at) is { } slot && slot <= PciAddress.MaxDevice ? (int)slot : null;

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
}
