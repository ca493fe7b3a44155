namespace Placement.Agent.Tests;

/// <summary>One run of the agent in process: its exit code, stdout and stderr.</summary>
internal sealed record AgentRun(int ExitCode, string Output, string Messages)
{
    public static async Task<AgentRun> StartAsync(params string[] args)
    {
        using var http = new HttpClient();
        var output = new StringWriter { NewLine = "\n" };
        var messages = new StringWriter { NewLine = "\n" };
        var code = await Agent.RunAsync(args, output, messages, http);
        return new AgentRun(code, output.ToString(), messages.ToString());
    }
}
