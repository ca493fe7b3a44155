namespace Placement.Domain.Imports;

/// <summary>One logical line of a log after <see cref="LogText"/>: its text and the 1-based number of the file line it starts on.</summary>
internal readonly record struct LogLine(int Number, string Text);
