using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Placement.TestSupport;

namespace Placement.Api.Tests.Hosting;

/// <summary>
/// scripts/run.sh as a developer runs it: it serves, stops the API and then its PostgreSQL on
/// SIGTERM, and names the setting to change when a port is taken. It uses the Release build that
/// scripts/test.sh has just made (run.sh builds only when a source is newer).
/// </summary>
public sealed class RunScriptTests
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(60);

    [Fact(Timeout = 360_000)]
    public async Task Term_WhileServing_StopsTheApiAndFreesThePort()
    {
        await using var database = await TestPostgres.CreateEmptyDatabaseAsync();
        var port = FreePort();
        using var script = RunScript.Start(new()
        {
            ["ConnectionStrings__Placement"] = database.ConnectionString,
            ["PLACEMENT_PORT"] = port.ToString(CultureInfo.InvariantCulture),
        });
        int? api = null;
        try
        {
            await script.WaitUntilLiveAsync(port, StartLimit);
            api = script.ApiProcessId().ShouldNotBeNull(script.Output);
            await PrintedToken_Reads_NoTokenIsRefusedAsync(script.Output, port);

            Signal("TERM", script.Process.Id);
            var exited = await script.WaitForExitAsync(StopLimit);

            exited.ShouldBeTrue($"run.sh still runs {StopLimit} after SIGTERM:\n{script.Output}");
            script.Process.ExitCode.ShouldBe(143, script.Output);
            Directory.Exists($"/proc/{api}").ShouldBeFalse($"the API (pid {api}) outlived run.sh:\n{script.Output}");
            IsFree(port).ShouldBeTrue($"port {port} is still taken:\n{script.Output}");
            // A first start migrates an empty database: not one error line on the way.
            script.Output.ShouldNotContain(" ERR]");
            script.Output.ShouldContain("Application is shutting down");
        }
        finally
        {
            script.KillIfRunning(api);
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task Start_ApiPortTaken_NamesPlacementPort()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var script = RunScript.Start(new()
        {
            ["ConnectionStrings__Placement"] = "Host=127.0.0.1;Port=1;Database=unused;Username=unused",
            ["PLACEMENT_PORT"] = port.ToString(CultureInfo.InvariantCulture),
        });
        try
        {
            (await script.WaitForExitAsync(StopLimit)).ShouldBeTrue(script.Output);

            script.Process.ExitCode.ShouldBe(1, script.Output);
            script.Output.ShouldContain($"Port {port} on 127.0.0.1 is in use");
            script.Output.ShouldContain("PLACEMENT_PORT");
        }
        finally
        {
            script.KillIfRunning(null);
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task Start_PostgresPortTaken_NamesPlacementPgPort()
    {
        if (RunScript.LocalClusterRuns())
        {
            // A developer's own run.sh is serving from the local cluster: leave it alone.
            return;
        }

        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var script = RunScript.Start(new()
        {
            ["ConnectionStrings__Placement"] = "",
            ["PLACEMENT_PG_PORT"] = port.ToString(CultureInfo.InvariantCulture),
            ["PLACEMENT_PORT"] = FreePort().ToString(CultureInfo.InvariantCulture),
        });
        try
        {
            (await script.WaitForExitAsync(StopLimit)).ShouldBeTrue(script.Output);

            script.Process.ExitCode.ShouldBe(1, script.Output);
            script.Output.ShouldContain($"Port {port} on 127.0.0.1 is in use, so the local PostgreSQL cannot listen there");
            script.Output.ShouldContain("PLACEMENT_PG_PORT");
        }
        finally
        {
            script.KillIfRunning(null);
        }
    }

    /// <summary>The admin token run.sh prints is one the service it started accepts; no token is a 401.</summary>
    private static async Task PrintedToken_Reads_NoTokenIsRefusedAsync(string output, int port)
    {
        var token = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("Bearer ", StringComparison.Ordinal))
            .ShouldNotBeNull($"run.sh printed no token:\n{output}")["Bearer ".Length..];
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };

        using var anonymous = await client.GetAsync("/v1/hosts");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/hosts") { Headers = { { "Authorization", $"Bearer {token}" } } };
        using var authorized = await client.SendAsync(request);

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, output);
        authorized.StatusCode.ShouldBe(HttpStatusCode.OK, $"{await authorized.Content.ReadAsStringAsync()}\n{output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static void Signal(string signal, int pid)
    {
        using var kill = Process.Start("kill", ["-" + signal, pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        kill.ExitCode.ShouldBe(0, $"kill -{signal} {pid}");
    }

    /// <summary>scripts/run.sh running, with its output collected.</summary>
    private sealed class RunScript : IDisposable
    {
        private readonly StringBuilder output = new();

        private RunScript(Process process) => Process = process;

        public Process Process { get; }

        public string Output
        {
            get
            {
                lock (output)
                {
                    return output.ToString();
                }
            }
        }

        public static RunScript Start(Dictionary<string, string> environment)
        {
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Root };
            start.ArgumentList.Add(Path.Combine(Root, "scripts", "run.sh"));
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            var script = new RunScript(new Process { StartInfo = start });
            script.Process.OutputDataReceived += (_, line) => script.Append(line.Data);
            script.Process.ErrorDataReceived += (_, line) => script.Append(line.Data);
            script.Process.Start();
            script.Process.BeginOutputReadLine();
            script.Process.BeginErrorReadLine();
            return script;
        }

        /// <summary>True when the cluster run.sh keeps in the repository (or, as root, in /var/lib) is running.</summary>
        public static bool LocalClusterRuns() =>
            File.Exists(Path.Combine(Root, ".data", "postgres", "postmaster.pid")) ||
            File.Exists("/var/lib/placement-service/postgres/postmaster.pid");

        public async Task WaitUntilLiveAsync(int port, TimeSpan limit)
        {
            // Generous: in the full suite the first answer of a cold API on a busy machine can take seconds.
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < limit)
            {
                Process.HasExited.ShouldBeFalse($"run.sh ended before serving:\n{Output}");
                try
                {
                    using var live = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/health/live"));
                    if (live.StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                catch (TaskCanceledException)
                {
                    // Listening but slow to answer: ask again until the limit.
                }

                await Task.Delay(250);
            }

            throw new TimeoutException($"run.sh did not serve /health/live within {limit}:\n{Output}");
        }

        /// <summary>The `dotnet PlacementApi.dll` process the script started, from /proc.</summary>
        public int? ApiProcessId()
        {
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(folder), out var pid))
                {
                    continue;
                }

                try
                {
                    var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                    // pid (comm) state ppid ...: the name may hold spaces, so read after its last ')'.
                    var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
                    if (parent == Process.Id && File.ReadAllText(Path.Combine(folder, "cmdline")).Contains("PlacementApi.dll", StringComparison.Ordinal))
                    {
                        return pid;
                    }
                }
                catch (IOException)
                {
                    // The process ended while we looked.
                }
            }

            return null;
        }

        public async Task<bool> WaitForExitAsync(TimeSpan limit)
        {
            using var timeout = new CancellationTokenSource(limit);
            try
            {
                await Process.WaitForExitAsync(timeout.Token);
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        /// <summary>After a failure: nothing the test started may outlive it.</summary>
        public void KillIfRunning(int? api)
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }

            if (api is { } pid && Directory.Exists($"/proc/{pid}"))
            {
                try
                {
                    using var orphan = Process.GetProcessById(pid);
                    orphan.Kill();
                }
                catch (ArgumentException)
                {
                    // Already gone.
                }
            }
        }

        public void Dispose() => Process.Dispose();

        private void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }
        }

        private static string Root { get; } = FindRoot();

        private static string FindRoot()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "PlacementService.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new DirectoryNotFoundException($"No PlacementService.sln above {AppContext.BaseDirectory}.");
        }
    }
}
