namespace Placement.Domain.XlConfig;

/// <summary>
/// A value of an xl.cfg setting as libxlutil keeps it: an atom (a quoted string or a number,
/// both kept as text: <c>"2048"</c> and <c>2048</c> are the same) or a list. <see cref="Line"/>
/// is the 1-based line where the value starts.
/// </summary>
public abstract record XlValue(int Line);

/// <summary>A string or number, as written (quotes removed, escapes applied).</summary>
public sealed record XlAtom(string Text, int Line) : XlValue(Line);

/// <summary>A <c>[ ... ]</c> list; its items may be lists themselves (xl 4.6 onward).</summary>
public sealed record XlList(IReadOnlyList<XlValue> Items, int Line) : XlValue(Line);

/// <summary>One setting: <c>name = value</c>, or <c>name += value</c> already added to the earlier one.</summary>
public sealed record XlSetting(string Name, XlValue Value, bool Added);
