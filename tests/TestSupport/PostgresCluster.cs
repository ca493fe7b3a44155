using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Placement.TestSupport;

/// <summary>
/// A PostgreSQL cluster of one test's own (initdb and pg_ctl, as scripts/lib/postgres.sh does), for
/// tests that stop and start the server under a running service. As root, PostgreSQL's commands
/// run as the <c>postgres</c> user, since PostgreSQL refuses to run as root.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string directory;
    private readonly int port;

    private PostgresCluster(string directory, int port) => (this.directory, this.port) = (directory, port);

    private string Data => Path.Combine(directory, "data");

    /// <summary>A new cluster in a scratch folder, started on a free port of 127.0.0.1.</summary>
    public static async Task<PostgresCluster> StartNewAsync()
    {
        var directory = Directory.CreateTempSubdirectory("placement-cluster-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
        }

        var cluster = new PostgresCluster(directory, FreePort());
        if (IsRoot)
        {
            await RunAsync("chown", "postgres", directory);
        }

        await RunAsOwnerAsync("initdb", "-D", cluster.Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        await cluster.StartAsync();
        return cluster;
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Database = database }.ConnectionString;

    public Task StartAsync() => RunAsOwnerAsync(
        "pg_ctl", "-D", Data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "start", "-o",
        $"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={directory} -c fsync=off -c synchronous_commit=off -c full_page_writes=off");

    /// <summary>Stops the server the way an operator would: sessions are ended, nothing waits for clients.</summary>
    public Task StopAsync() => RunAsOwnerAsync("pg_ctl", "-D", Data, "-m", "fast", "-w", "stop");

    public async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString(database)) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(Data, "postmaster.pid")))
        {
            await RunAsOwnerAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
        }

        Directory.Delete(directory, recursive: true);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string Binaries =>
        Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault()
        ?? throw new InvalidOperationException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): scripts/test.sh installs it.");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunAsOwnerAsync(string program, params string[] arguments)
    {
        var path = Path.Combine(Binaries, program);
        return IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments]) : RunAsync(path, arguments);
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await errors}");
        }
    }
}
