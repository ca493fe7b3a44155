using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Placement.TestSupport;

namespace Placement.Api.Tests.Hosting;

/// <summary>
/// The built service started as an operator starts it (dotnet PlacementApi.dll, Production): a missing
/// or malformed connection string stops it with one line naming ConnectionStrings:Placement and exit
/// code 78; a database it cannot reach, or one not migrated, is one warning, and the service serves
/// /health/live (200) while /health/ready answers 503.
/// </summary>
public sealed class StartupTests
{
    private const string HowToSet = "set it to a PostgreSQL connection string in appsettings.json or in the environment variable " +
        "ConnectionStrings__Placement (for example Host=db.example;Database=placement;Username=placement;Password=...).";

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    [Theory(Timeout = 120_000)]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Start_NoConnectionString_OneLineNamingTheSettingAndExit78(string? connectionString)
    {
        using var service = Service.Start(connectionString);

        (await service.WaitForExitAsync(Limit)).ShouldBeTrue(service.Output);

        service.Process.ExitCode.ShouldBe(78, service.Output);
        service.Lines.ShouldBe([$"The service cannot start: ConnectionStrings:Placement is not set; {HowToSet}"]);
    }

    [Theory(Timeout = 120_000)]
    [InlineData("not a connection string")]
    [InlineData("Host=127.0.0.1;Port=five;Password=s3cret")]
    [InlineData("Hots=db.example;Password=s3cret")]
    [InlineData("Database=placement;Password=s3cret")]
    public async Task Start_MalformedConnectionString_OneLineNamingTheSettingAndExit78(string connectionString)
    {
        using var service = Service.Start(connectionString);

        (await service.WaitForExitAsync(Limit)).ShouldBeTrue(service.Output);

        service.Process.ExitCode.ShouldBe(78, service.Output);
        var line = service.Lines.ShouldHaveSingleItem();
        line.ShouldStartWith("The service cannot start: ConnectionStrings:Placement is malformed (");
        line.ShouldEndWith($"); {HowToSet}");
        line.ShouldNotContain("s3cret");
    }

    [Fact(Timeout = 120_000)]
    public async Task Start_DatabaseUnreachable_OneWarningLiveButNotReady()
    {
        using var service = Service.Start($"Host=127.0.0.1;Port={FreePort()};Database=placement;Username=placement;Timeout=3");
        try
        {
            await service.WaitUntilLiveAsync(Limit);
            var warning = await service.WaitForLineAsync("The database cannot be reached", Limit);

            warning.ShouldContain(" WRN] Placement.Api.Hosting.DatabaseStartupCheck: The database cannot be reached (");
            warning.ShouldContain("/health/ready answers 503 until it can. Check ConnectionStrings:Placement and that PostgreSQL is running");
            service.Lines.ShouldNotContain(l => l.Contains(" ERR]") || l.Contains(" FTL]") || l.StartsWith("   at ", StringComparison.Ordinal));
            (await service.GetAsync("/health/live")).ShouldBe(HttpStatusCode.OK);
            (await service.GetAsync("/health/ready")).ShouldBe(HttpStatusCode.ServiceUnavailable);
            service.Lines.Count(l => l.Contains("The database cannot be reached", StringComparison.Ordinal)).ShouldBe(1);
        }
        finally
        {
            service.KillIfRunning();
        }
    }

    [Fact(Timeout = 180_000)]
    public async Task Start_DatabaseNotMigrated_OneWarningNamingMigrateLiveButNotReady()
    {
        await using var database = await TestPostgres.CreateEmptyDatabaseAsync();
        using var service = Service.Start(database.ConnectionString);
        try
        {
            await service.WaitUntilLiveAsync(Limit);
            var warning = await service.WaitForLineAsync("The database schema is not current", Limit);

            warning.ShouldContain(" WRN] Placement.Api.Hosting.DatabaseStartupCheck: The database schema is not current, ");
            warning.ShouldContain("/health/ready answers 503 until `PlacementApi migrate` (or Database:MigrateOnStartup) applies them");
            (await service.GetAsync("/health/live")).ShouldBe(HttpStatusCode.OK);
            (await service.GetAsync("/health/ready")).ShouldBe(HttpStatusCode.ServiceUnavailable);
        }
        finally
        {
            service.KillIfRunning();
        }
    }

    [Fact(Timeout = 180_000)]
    public async Task Request_PathWithCrLf_OneConsoleLineWithItEscaped()
    {
        using var service = Service.Start($"Host=127.0.0.1;Port={FreePort()};Database=placement;Username=placement;Timeout=3");
        try
        {
            await service.WaitUntilLiveAsync(Limit);

            // Without a token the answer is 401; the request is logged all the same, on one line.
            (await service.GetAsync("/v1/hosts/a%0D%0AFAKE%20ERR%5D%20forged")).ShouldBe(HttpStatusCode.Unauthorized);
            var line = await service.WaitForLineAsync("responded 401", Limit);

            line.ShouldContain(@"HTTP GET /v1/hosts/a\r\nFAKE ERR] forged responded 401");
            service.Lines.ShouldNotContain(l => l.StartsWith("FAKE", StringComparison.Ordinal));
        }
        finally
        {
            service.KillIfRunning();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The built PlacementApi.dll running, with its output collected line by line.</summary>
    private sealed class Service : IDisposable
    {
        private readonly List<string> lines = [];

        private Service(Process process, int port)
        {
            Process = process;
            Port = port;
        }

        public Process Process { get; }

        public int Port { get; }

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (lines)
                {
                    return [.. lines.Where(l => l.Length > 0)];
                }
            }
        }

        public string Output => string.Join('\n', Lines);

        /// <summary>The service as built beside the tests, in Production, with only this connection string.</summary>
        public static Service Start(string? connectionString)
        {
            var port = FreePort();
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
            start.Environment.Remove("ConnectionStrings__Placement");
            start.Environment.Remove("DOTNET_ENVIRONMENT");
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            if (connectionString is not null)
            {
                start.Environment["ConnectionStrings__Placement"] = connectionString;
            }

            var service = new Service(new Process { StartInfo = start }, port);
            service.Process.OutputDataReceived += (_, line) => service.Append(line.Data);
            service.Process.ErrorDataReceived += (_, line) => service.Append(line.Data);
            service.Process.Start();
            service.Process.BeginOutputReadLine();
            service.Process.BeginErrorReadLine();
            return service;
        }

        public async Task<bool> WaitForExitAsync(TimeSpan limit)
        {
            using var timeout = new CancellationTokenSource(limit);
            try
            {
                await Process.WaitForExitAsync(timeout.Token);
                // The exit can come before the last line is read.
                await Process.WaitForExitAsync(CancellationToken.None);
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        public async Task WaitUntilLiveAsync(TimeSpan limit)
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < limit)
            {
                Process.HasExited.ShouldBeFalse($"the service ended before serving:\n{Output}");
                try
                {
                    if (await GetAsync("/health/live") == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(250);
            }

            throw new TimeoutException($"the service did not serve /health/live within {limit}:\n{Output}");
        }

        public async Task<string> WaitForLineAsync(string text, TimeSpan limit)
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < limit)
            {
                if (Lines.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } line)
                {
                    return line;
                }

                await Task.Delay(100);
            }

            throw new TimeoutException($"no line with \"{text}\" within {limit}:\n{Output}");
        }

        public async Task<HttpStatusCode> GetAsync(string path)
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}{path}"));
            return response.StatusCode;
        }

        public void KillIfRunning()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit();
            }
        }

        public void Dispose() => Process.Dispose();

        private void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add(line);
            }
        }
    }
}
