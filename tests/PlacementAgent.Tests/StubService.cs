using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Placement.Agent.Tests;

/// <summary>
/// A local HTTP server (HttpListener) standing in for the placement service: it answers each
/// request with the next scripted answer and records what it was sent.
/// </summary>
internal sealed class StubService : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Queue<Answer> answers;
    private readonly Task serving;

    public StubService(params Answer[] script)
    {
        answers = new Queue<Answer>(script);
        Url = $"http://127.0.0.1:{FreePort()}/";
        listener.Prefixes.Add(Url);
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public List<Received> Requests { get; } = [];

    public void Dispose()
    {
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            Requests.Add(new Received(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["If-Match"],
                context.Request.Headers["If-None-Match"], context.Request.ContentType, await reader.ReadToEndAsync()));
            var answer = answers.Count > 0 ? answers.Dequeue() : new Answer(500, "{}");
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = answer.Status >= 400 ? "application/problem+json" : "application/json";
            if (answer.ETag is not null)
            {
                context.Response.Headers["ETag"] = answer.ETag;
            }

            var body = Encoding.UTF8.GetBytes(answer.Body);
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public sealed record Answer(int Status, string Body, string? ETag = null);

    public sealed record Received(string Method, string Path, string? IfMatch, string? IfNoneMatch, string? ContentType, string Body);
}
