namespace Placement.Domain.XlConfig;

internal enum XlTokenKind
{
    Name,
    Number,
    String,
    Comma,
    Open,
    Close,
    Add,
    Assign,
    Semicolon,
    Newline,
    End,
}

/// <summary>A token of libxlutil's lexer (libxlu_cfg_l.l) and the 1-based line it is on.</summary>
internal readonly record struct XlToken(XlTokenKind Kind, string Text, int Line)
{
    /// <summary>How a syntax error names the token it stopped at.</summary>
    public string Shown => Kind switch
    {
        XlTokenKind.Newline => "the end of the line",
        XlTokenKind.End => "the end of the file",
        XlTokenKind.String => $"the string '{Text}'",
        _ => $"'{Text}'",
    };
}
