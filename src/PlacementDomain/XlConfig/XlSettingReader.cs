using Placement.Domain.Imports;

namespace Placement.Domain.XlConfig;

/// <summary>
/// Reads typed settings the way xl's getters do (xlu_cfg_get_long, _string, _list, _defbool):
/// a value of the wrong kind or an unreadable number makes xl warn and ignore the setting, which
/// a note says here too. Remembers which names were read, so the rest can be listed as unused.
/// </summary>
internal sealed class XlSettingReader(XlConfigFile file)
{
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public List<ImportWarning> Notes { get; } = [];

    public void Note(string code, string message, int line) => Notes.Add(new ImportWarning(code, message, line));

    public int? LineOf(string name) => file[name]?.Line;

    public string? String(string name)
    {
        read.Add(name);
        switch (file[name])
        {
            case XlAtom atom:
                return atom.Text;
            case XlList list:
                Note(XlNotes.WrongKind, $"{name} is a list but xl takes a single value: xl ignores it, and so does the request.", list.Line);
                break;
        }

        return null;
    }

    public long? Long(string name)
    {
        var line = LineOf(name);
        if (String(name) is not { } text)
        {
            return null;
        }

        if (file.Added(name) || !XlNumbers.TryRead(text, out var value))
        {
            Note(XlNotes.NumberUnreadable, $"{name} = \"{text}\" is not a number xl reads (strtol, base 0: 0x.. hex, a leading 0 octal; no +=): xl ignores it, and so does the request.", line!.Value);
            return null;
        }

        return value;
    }

    /// <summary>A number xl keeps as MiB; a negative one is noted and left out (the request's sizes are not negative).</summary>
    public ulong? MiB(string name)
    {
        var value = Long(name);
        if (value < 0)
        {
            Note(XlNotes.NumberUnreadable, $"{name} = {value} is negative: the request leaves it out.", LineOf(name)!.Value);
            return null;
        }

        return (ulong?)value;
    }

    public bool? Bool(string name) => Long(name) is { } value ? value != 0 : null;

    public XlList? List(string name)
    {
        read.Add(name);
        switch (file[name])
        {
            case XlList list:
                return list;
            case XlAtom atom:
                Note(XlNotes.WrongKind, $"{name} is a single value but xl takes a list: xl ignores it, and so does the request.", atom.Line);
                break;
        }

        return null;
    }

    /// <summary>xlu_cfg_get_listitem gives nothing for an item that is not a string, and xl's loops stop there.</summary>
    public IEnumerable<XlAtom> Strings(string name, XlList list)
    {
        foreach (var item in list.Items)
        {
            if (item is not XlAtom atom)
            {
                Note(XlNotes.ListItemNotString, $"{name}: an item is a list, not a string; xl stops reading {name} there, and so does the request.", item.Line);
                yield break;
            }

            yield return atom;
        }
    }

    public void NoteUnused()
    {
        foreach (var (name, line) in file.Names.Where(n => !read.Contains(n.Name)))
        {
            Note(XlNotes.KeyNotUsed, $"{name} does not change the placement or the layout: the request has no field for it.", line);
        }
    }
}
