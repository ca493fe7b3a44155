namespace Placement.Domain.Imports;

/// <summary>
/// Why a file cannot be read: a stable <see cref="Code"/>, a message, where (1-based
/// <see cref="Line"/> or byte <see cref="Offset"/>) and what was <see cref="Expected"/> there.
/// </summary>
public sealed record ImportFailure(string Code, string Message, string Expected, int? Line = null, long? Offset = null)
{
    /// <summary>The format the file was read as; null when it was recognised as none.</summary>
    public ImportFormat? Format { get; init; }
}
