using Npgsql;
using Placement.Persistence;

namespace Placement.Api.Hosting;

/// <summary>
/// Says once, at start, when the database cannot serve yet: unreachable (one warning with Npgsql's
/// reason), or reachable with migrations pending (one warning naming them). The service starts either
/// way: /health/live answers 200 and /health/ready 503 until the database is there and current.
/// </summary>
public sealed partial class DatabaseStartupCheck(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<DatabaseStartupCheck> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Npgsql first, without EF: EF would log its own error (with a stack trace) for a refused connection.
            await using (var connection = new NpgsqlConnection(configuration.GetConnectionString(ServiceSetup.ConnectionStringName)))
            {
                await connection.OpenAsync(stoppingToken);
            }

            await using var scope = scopes.CreateAsyncScope();
            var pending = await scope.ServiceProvider.GetRequiredService<PlacementDbContext>().PendingMigrationsAsync(stoppingToken);
            if (pending.Count > 0)
            {
                LogPending(logger, pending.Count, pending);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before the answer came.
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            LogUnreachable(logger, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database cannot be reached ({Reason}): /health/ready answers 503 until it can. " +
        "Check " + DatabaseSettings.Setting + " and that PostgreSQL is running")]
    private static partial void LogUnreachable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database schema is not current, {Count} migration(s) pending ({Migrations}): " +
        "/health/ready answers 503 until `PlacementApi migrate` (or Database:MigrateOnStartup) applies them")]
    private static partial void LogPending(ILogger logger, int count, IReadOnlyList<string> migrations);
}
