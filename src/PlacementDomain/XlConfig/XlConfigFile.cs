using Placement.Domain.Imports;

namespace Placement.Domain.XlConfig;

/// <summary>
/// An xl.cfg read as libxlutil reads it: its settings in file order. A name set more than once
/// keeps its last value (libxlutil's find() returns the newest), <c>+=</c> already applied.
/// </summary>
public sealed record XlConfigFile(IReadOnlyList<XlSetting> Settings)
{
    /// <summary>The settings, or null and why the text is not an xl.cfg xl would read (1-based line, what was expected there).</summary>
    public static XlConfigFile? TryRead(string text, out ImportFailure? failure)
    {
        failure = null;
        try
        {
            return new XlConfigFile(new XlParser(new XlLexer(text)).File());
        }
        catch (UnreadableInputException e)
        {
            failure = e.Failure;
            return null;
        }
    }

    /// <summary>The value a name has (its last setting), or null.</summary>
    public XlValue? this[string name] => Settings.LastOrDefault(s => s.Name == name)?.Value;

    /// <summary>Every name set, once, at the line of its last setting, in file order of those.</summary>
    public IEnumerable<(string Name, int Line)> Names =>
        Settings.GroupBy(s => s.Name).Select(g => (g.Key, g.Last().Value.Line)).OrderBy(n => n.Line);

    /// <summary>Whether the last setting of a name used <c>+=</c> (xl refuses it for a number).</summary>
    public bool Added(string name) => Settings.LastOrDefault(s => s.Name == name)?.Added ?? false;
}
