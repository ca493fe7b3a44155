namespace Placement.Agent;

/// <summary>One run: read the options, the host's files, and print or PUT the inventory. Returns the <see cref="ExitCode"/>.</summary>
internal static class Agent
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter messages, HttpClient http, CancellationToken cancellationToken = default)
    {
        var (options, error) = AgentOptions.Parse(args);
        if (options is null || options.Help)
        {
            if (error is not null)
            {
                messages.WriteLine($"error: {error}");
            }

            (options is null ? messages : output).WriteLine(AgentOptions.Usage);
            return (int)(options is null ? ExitCode.Usage : ExitCode.Ok);
        }

        try
        {
            var inventory = Read(options, messages);
            if (!options.Put)
            {
                output.WriteLine(inventory.ToJson());
                return (int)ExitCode.Ok;
            }

            var saved = await new ServiceClient(http).PutAsync(options.Service!, options.Host!, inventory, cancellationToken);
            output.WriteLine(saved.Body);
            messages.WriteLine($"{(saved.Created ? "created" : "replaced")} {options.Host} at {options.Service}: generation {saved.Generation}");
            return (int)ExitCode.Ok;
        }
        catch (AgentFailure failure)
        {
            messages.WriteLine($"error: {failure.Message}");
            return (int)failure.Code;
        }
    }

    public static InventoryDocument Read(AgentOptions options, TextWriter messages)
    {
        var tree = new HostTree(options.Root);
        if (!Directory.Exists(tree.Root))
        {
            throw new AgentFailure(ExitCode.UnreadableInput, $"--root {tree.Root} is not a folder.");
        }

        var facts = HostFacts.Read(tree, options.XlInfo, messages);
        var functions = PciFunctions.Read(tree, messages);
        var (regions, unresolved) = DmarRegions.Read(tree, messages);
        return InventoryAssembler.Build(facts, functions, regions, unresolved, messages);
    }
}
