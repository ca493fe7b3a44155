using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Placement.Api.Http;
using Placement.Persistence;

namespace Placement.Api.Hosting;

/// <summary>The <c>migrate</c> command: applies pending migrations, then the process exits.</summary>
public static partial class Migrations
{
    public const string Command = "migrate";

    public static async Task ApplyAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlacementDbContext>();
        // Npgsql reads the history table before creating it, and logs the failed query as an error
        // on a first start; creating it first (idempotent, as the migrator itself would) avoids that.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync();
        var pending = await db.PendingMigrationsAsync(CancellationToken.None);
        await db.Database.MigrateAsync();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Placement.Api.Migrations");
        LogApplied(logger, pending.Count, pending);
    }

    /// <summary>
    /// Database:MigrateOnStartup: migrates when the database can be reached; when it cannot, the service
    /// starts all the same, not ready (DatabaseStartupCheck says why), and a restart or <c>migrate</c> applies them later.
    /// </summary>
    public static async Task ApplyOnStartupAsync(IServiceProvider services)
    {
        try
        {
            await ApplyAsync(services);
        }
        catch (Exception e) when (DatabaseFailures.Of(e) == DatabaseFailure.Unavailable)
        {
            LogNotMigrated(services.GetRequiredService<ILoggerFactory>().CreateLogger("Placement.Api.Migrations"), e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database:MigrateOnStartup: not migrated, the database cannot be reached ({Reason})")]
    private static partial void LogNotMigrated(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated: {Count} migration(s) applied ({Migrations})")]
    private static partial void LogApplied(ILogger logger, int count, IReadOnlyList<string> migrations);
}
