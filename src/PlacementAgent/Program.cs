using Placement.Agent;

using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
return await Agent.RunAsync(args, Console.Out, Console.Error, http);
