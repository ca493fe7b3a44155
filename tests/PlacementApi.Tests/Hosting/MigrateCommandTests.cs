using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Placement.Api.Tests.Infrastructure;
using Placement.TestSupport;

namespace Placement.Api.Tests.Hosting;

/// <summary>The migrate step as the compose file and scripts/run.sh run it: the built service with `migrate`.</summary>
public sealed class MigrateCommandTests
{
    [Fact]
    public async Task Migrate_EmptyDatabase_AppliesEveryMigrationAndExits()
    {
        await using var database = await TestPostgres.CreateEmptyDatabaseAsync();

        var (exitCode, output) = await RunServiceAsync(database.ConnectionString, "migrate");

        exitCode.ShouldBe(0, output);
        await using var db = database.NewContext();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
        output.ShouldContain("Database migrated");
    }

    [Fact]
    public async Task Migrate_SecondRun_ChangesNothing()
    {
        await using var database = await TestPostgres.CreateEmptyDatabaseAsync();
        await RunServiceAsync(database.ConnectionString, "migrate");

        var (exitCode, output) = await RunServiceAsync(database.ConnectionString, "migrate");

        exitCode.ShouldBe(0, output);
        output.ShouldContain("0 migration(s) applied");
    }

    [Fact]
    public async Task Start_WithoutConnectionString_FailsNamingTheSetting()
    {
        var (exitCode, output) = await RunServiceAsync(null, "migrate");

        exitCode.ShouldNotBe(0);
        output.ShouldContain("ConnectionStrings__Placement");
    }

    [Theory]
    [InlineData(false, HttpStatusCode.ServiceUnavailable)]
    [InlineData(true, HttpStatusCode.OK)]
    public async Task Ready_OnEmptyDatabase_DependsOnMigrateOnStartup(bool migrateOnStartup, HttpStatusCode expected)
    {
        await using var database = await TestPostgres.CreateEmptyDatabaseAsync();
        await using var api = new PlacementApiFactory(database).WithWebHostBuilder(b => b.UseSetting("Database:MigrateOnStartup", migrateOnStartup.ToString()));
        using var client = api.CreateClient();

        var ready = await client.GetAsync("/health/ready");

        ready.StatusCode.ShouldBe(expected);
        (await ready.Content.ReadAsStringAsync()).ShouldBe(migrateOnStartup ? "Healthy" : "Unhealthy");
        await using var db = database.NewContext();
        (await db.Database.GetPendingMigrationsAsync()).Any().ShouldBe(!migrateOnStartup);
    }

    private static async Task<(int ExitCode, string Output)> RunServiceAsync(string? connectionString, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__Placement"] = connectionString ?? "";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
