using System.Net.Http.Headers;
using Placement.Agent;

using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
// The service needs a bearer token with the roles reader and operator (GET, then PUT); from the environment, never argv (ps shows argv).
if (Environment.GetEnvironmentVariable("PLACEMENT_TOKEN") is { Length: > 0 } token)
{
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
}

return await Agent.RunAsync(args, Console.Out, Console.Error, http);
