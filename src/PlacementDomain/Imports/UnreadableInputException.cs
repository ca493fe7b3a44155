namespace Placement.Domain.Imports;

/// <summary>
/// Thrown inside a parser where the input stops making sense; <see cref="ImportBuilder.Run"/>
/// turns it into <see cref="Unreadable"/>. It never leaves the domain.
/// </summary>
internal sealed class UnreadableInputException(ImportFailure failure) : Exception(failure.Message)
{
    public ImportFailure Failure { get; } = failure;
}
