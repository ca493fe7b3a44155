using Placement.Domain.Imports;

namespace Placement.Domain.XlConfig;

/// <summary>What <c>+=</c> does (xlu__cfg_concat_vals): a string is appended to the earlier string, a list's items to the earlier list.</summary>
internal static class XlSettings
{
    public static XlValue Add(List<XlSetting> earlier, string name, XlValue value)
    {
        var previous = earlier.LastOrDefault(s => s.Name == name)?.Value;
        return (previous, value) switch
        {
            (null, _) => value,
            (XlAtom a, XlAtom b) => new XlAtom(a.Text + b.Text, b.Line),
            (XlList a, XlList b) => new XlList([.. a.Items, .. b.Items], b.Line),
            _ => throw ImportBuilder.AtLine(value.Line, XlParser.SyntaxError,
                $"Line {value.Line}: {name} += adds a {Kind(value)} to a {Kind(previous)}, which xl refuses.",
                $"a {Kind(previous)} after {name} +=, like the earlier {name}"),
        };
    }

    private static string Kind(XlValue value) => value is XlList ? "list" : "string";
}
