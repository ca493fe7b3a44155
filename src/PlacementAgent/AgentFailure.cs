namespace Placement.Agent;

/// <summary>Stops the agent with <see cref="Code"/> and a message for stderr; thrown where a file cannot be used.</summary>
internal sealed class AgentFailure(ExitCode code, string message) : Exception(message)
{
    public ExitCode Code { get; } = code;
}
