using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Placement.Api.Retention;
using Placement.Api.Tests.Infrastructure;
using Placement.Persistence;

namespace Placement.Api.Tests.Limits;

/// <summary>
/// No connection to be had, whether PostgreSQL has none left (53300) or the instance's own pool is
/// used up: a 503 database-unavailable with Retry-After, like any database outage, never a 500.
/// </summary>
public sealed class ConnectionLimitTests : ApiTest
{
    [Fact]
    public async Task Get_PostgresTooManyConnections_ServiceUnavailableWithRetryAfter()
    {
        // A role allowed no connection at all: its first connection gets 53300 too_many_connections.
        var role = $"limited_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE ROLE {role} LOGIN PASSWORD 'limited' CONNECTION LIMIT 0");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(Api.Database.ConnectionString) { Username = role, Password = "limited" };
            await using var limited = Api.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:Placement", connection.ConnectionString));
            using var client = limited.CreateClient();

            using var response = await client.GetAsync("/v1/hosts");

            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "database-unavailable");
            problem["title"]!.GetValue<string>().ShouldBe("The database is unavailable.");
            response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(5));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync($"DROP ROLE {role}");
        }
    }

    [Fact]
    public async Task Get_PoolExhausted_ServiceUnavailableWithRetryAfter()
    {
        // A pool of one that gives up waiting after a second; the test holds the one connection.
        var connection = new NpgsqlConnectionStringBuilder(Api.Database.ConnectionString) { MaxPoolSize = 1, Timeout = 1 };
        await using var limited = Api.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:Placement", connection.ConnectionString));
        using var client = limited.CreateClient();
        // The retention run at start borrows the one connection for a moment; then it is the test's.
        var retention = limited.Services.GetRequiredService<RetentionJob>();
        for (var i = 0; i < 200 && retention.Runs == 0; i++)
        {
            await Task.Delay(50);
        }

        await using var scope = limited.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlacementDbContext>();
        await db.Database.OpenConnectionAsync();

        using var response = await client.GetAsync("/v1/hosts");

        await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "database-unavailable");
        response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(5));

        await db.Database.CloseConnectionAsync();
        using var after = await client.GetAsync("/v1/hosts");
        await after.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Api.Database.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
