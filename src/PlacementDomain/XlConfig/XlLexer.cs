using System.Text;
using Placement.Domain.Imports;

namespace Placement.Domain.XlConfig;

/// <summary>
/// libxlutil's lexer (libxlu_cfg_l.l): lowercase names, numbers (<c>[0-9][0-9a-fx]*</c>), quoted
/// strings on one line, <c>, [ ] += = ;</c>, and newlines, a <c>#</c> comment counting as one.
/// Anything else is a lexical error, notably a carriage return (so a CRLF file fails, as in xl)
/// and a comment that ends the file without a newline (no rule of xl's matches it).
/// </summary>
internal sealed class XlLexer(string text)
{
    public const string LexicalError = "xl-config-lexical-error";
    private const string Tokens = "a lowercase name, a number, a quoted string, one of , [ ] = += ; or a newline";

    private int position;
    private int line = 1;

    public XlToken Next()
    {
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }

        if (position == text.Length)
        {
            return new(XlTokenKind.End, "", line);
        }

        var c = text[position];
        return c switch
        {
            '\n' => Newline(1),
            '#' => Comment(),
            '\'' or '"' => Quoted(c),
            ',' => Single(XlTokenKind.Comma),
            '[' => Single(XlTokenKind.Open),
            ']' => Single(XlTokenKind.Close),
            '=' => Single(XlTokenKind.Assign),
            ';' => Single(XlTokenKind.Semicolon),
            '+' when Peek(1) == '=' => Take(XlTokenKind.Add, 2),
            >= 'a' and <= 'z' => Run(XlTokenKind.Name, ch => ch is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '_'),
            >= '0' and <= '9' => Run(XlTokenKind.Number, ch => ch is >= '0' and <= '9' or >= 'a' and <= 'f' or 'x'),
            _ => throw Unexpected(c),
        };
    }

    private char Peek(int ahead) => position + ahead < text.Length ? text[position + ahead] : '\0';

    private XlToken Single(XlTokenKind kind) => Take(kind, 1);

    private XlToken Take(XlTokenKind kind, int length)
    {
        var token = new XlToken(kind, text.Substring(position, length), line);
        position += length;
        return token;
    }

    private XlToken Run(XlTokenKind kind, Func<char, bool> inside)
    {
        var end = position + 1;
        while (end < text.Length && inside(text[end]))
        {
            end++;
        }

        return Take(kind, end - position);
    }

    private XlToken Newline(int length)
    {
        var token = new XlToken(XlTokenKind.Newline, "\n", line);
        position += length;
        line++;
        return token;
    }

    private XlToken Comment()
    {
        var end = text.IndexOf('\n', position);
        if (end < 0)
        {
            throw ImportBuilder.AtLine(line, LexicalError, $"Line {line}: the comment ends the file without a newline, which xl cannot read.",
                "a newline at the end of the comment");
        }

        return Newline(end - position + 1);
    }

    private XlToken Quoted(char quote)
    {
        var value = new StringBuilder();
        for (var i = position + 1; i < text.Length && text[i] != '\n'; i++)
        {
            if (text[i] == quote)
            {
                var token = new XlToken(XlTokenKind.String, value.ToString(), line);
                position = i + 1;
                return token;
            }

            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] != '\n')
            {
                value.Append(Escape(text[++i]));
                continue;
            }

            value.Append(text[i]);
        }

        throw ImportBuilder.AtLine(line, LexicalError, $"Line {line}: a string that does not end on its line.", $"a closing {quote} on the same line");
    }

    /// <summary>
    /// xlu__cfgl_dequote's escapes. Its numeric ones are broken (\x always fails, \NNN stores
    /// nothing), so they are refused rather than given a meaning xl does not have.
    /// </summary>
    private char Escape(char c) => c switch
    {
        '"' or '\'' or '\\' => c,
        'a' => '\a',
        'b' => '\b',
        'f' => '\f',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\v',
        _ => throw ImportBuilder.AtLine(line, LexicalError, $"Line {line}: the escape \\{c} in a string, which xl does not read (its numeric escapes are broken).",
            "one of the escapes \\\" \\' \\\\ \\a \\b \\f \\n \\r \\t \\v"),
    };

    private UnreadableInputException Unexpected(char c)
    {
        var (shown, expected) = c switch
        {
            '\r' => ("a carriage return", "a newline without a carriage return before it (xl reads only LF line ends)"),
            >= 'A' and <= 'Z' => ($"'{c}'", "a lowercase name (xl's names are lowercase)"),
            '+' or '-' or '.' => ($"'{c}'", "a number without a sign or a decimal point (xl takes whole, non-negative numbers)"),
            _ => (char.IsControl(c) ? $"the character U+{(int)c:X4}" : $"'{c}'", Tokens),
        };
        return ImportBuilder.AtLine(line, LexicalError, $"Line {line}: {shown} is not part of xl's config syntax.", expected);
    }
}
