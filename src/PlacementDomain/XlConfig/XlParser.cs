using Placement.Domain.Imports;

namespace Placement.Domain.XlConfig;

/// <summary>
/// libxlutil's grammar (libxlu_cfg_y.y) by recursive descent: statements end with a newline or
/// <c>;</c> (the last may end the file), values are atoms or lists, and inside a list newlines
/// and comments may come anywhere, items need a comma between them, and a trailing comma is
/// allowed. The first error stops the reading: xl refuses a file with any.
/// </summary>
internal sealed class XlParser(XlLexer lexer)
{
    public const string SyntaxError = "xl-config-syntax-error";
    private const string AValue = "a quoted string, a number or [";

    private XlToken current = lexer.Next();

    public List<XlSetting> File()
    {
        var settings = new List<XlSetting>();
        while (current.Kind != XlTokenKind.End)
        {
            if (current.Kind is XlTokenKind.Newline or XlTokenKind.Semicolon)
            {
                Advance();
                continue;
            }

            var name = Expect(XlTokenKind.Name, "a setting (a lowercase name, = and a value)");
            var added = current.Kind == XlTokenKind.Add;
            if (!added)
            {
                Expect(XlTokenKind.Assign, "= or +=");
            }
            else
            {
                Advance();
            }

            var value = Value();
            settings.Add(new XlSetting(name.Text, added ? XlSettings.Add(settings, name.Text, value) : value, added));
            if (current.Kind != XlTokenKind.End)
            {
                Expect(current.Kind == XlTokenKind.Semicolon ? XlTokenKind.Semicolon : XlTokenKind.Newline, "a newline or ; after the value");
            }
        }

        return settings;
    }

    private XlValue Value()
    {
        if (current.Kind is XlTokenKind.String or XlTokenKind.Number)
        {
            var atom = new XlAtom(current.Text, current.Line);
            Advance();
            return atom;
        }

        var open = Expect(XlTokenKind.Open, AValue);
        var items = new List<XlValue>();
        SkipNewlines();
        while (current.Kind != XlTokenKind.Close)
        {
            items.Add(Value());
            SkipNewlines();
            if (current.Kind == XlTokenKind.Close)
            {
                break;
            }

            Expect(XlTokenKind.Comma, "a comma or ] after a list item");
            SkipNewlines();
        }

        Advance();
        return new XlList(items, open.Line);
    }

    private void SkipNewlines()
    {
        while (current.Kind == XlTokenKind.Newline)
        {
            Advance();
        }
    }

    private void Advance() => current = lexer.Next();

    private XlToken Expect(XlTokenKind kind, string expected)
    {
        if (current.Kind != kind)
        {
            throw ImportBuilder.AtLine(current.Line, SyntaxError, $"Line {current.Line}: syntax error at {current.Shown}.",
                current.Kind == XlTokenKind.Name && expected == AValue ? $"{AValue} (a bare word is not a value: quote it)" : expected);
        }

        var token = current;
        Advance();
        return token;
    }
}
