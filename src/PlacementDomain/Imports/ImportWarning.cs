namespace Placement.Domain.Imports;

/// <summary>
/// Something a person should know about an import that did not stop it (a bad checksum, a line
/// the parser skipped, a duplicate region): a stable <see cref="Code"/>, a message, and where in
/// the file: the 1-based <see cref="Line"/> of a text format or the byte <see cref="Offset"/> of a binary one.
/// </summary>
public sealed record ImportWarning(string Code, string Message, int? Line = null, long? Offset = null);
