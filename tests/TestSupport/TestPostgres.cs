using Microsoft.EntityFrameworkCore;
using Npgsql;
using Placement.Persistence;
using DotNet.Testcontainers.Builders;
using Testcontainers.PostgreSql;

namespace Placement.TestSupport;

/// <summary>
/// The PostgreSQL server of the test run, named by <c>PLACEMENT_TEST_DATABASE</c> (scripts/test.sh
/// starts a throwaway one); when it is unset and a Docker engine answers, a PostgreSQL container
/// started for the run (Testcontainers), so that `dotnet test` alone works. The real migrations build one template database per test process;
/// every test database is a copy of it, so tests never see each other's data.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "PLACEMENT_TEST_DATABASE";

    private static readonly Lazy<Task<string>> Server = new(FindServerAsync);

    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public static string ServerConnectionString => Server.Value.GetAwaiter().GetResult();

    private static async Task<string> FindServerAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value)
        {
            return value;
        }

        PostgreSqlContainer container;
        try
        {
            container = new PostgreSqlBuilder("postgres:15-alpine").Build();
        }
        catch (DockerUnavailableException e)
        {
            throw new InvalidOperationException(
                $"{Variable} is not set and no Docker engine answers. Run the tests with scripts/test.sh, which starts a throwaway PostgreSQL, " +
                $"or set {Variable} to a connection string whose user may create databases.", e);
        }

        // Testcontainers removes the container when the test process ends.
        await container.StartAsync();
        return container.GetConnectionString();
    }

    public static async Task<TestDatabase> CreateDatabaseAsync()
    {
        var template = await Template.Value;
        var name = NewName("test");
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return new TestDatabase(ConnectionStringFor(name), () => DropAsync(name));
    }

    /// <summary>A database without any schema, for tests of the migrate step itself.</summary>
    public static async Task<TestDatabase> CreateEmptyDatabaseAsync()
    {
        var name = NewName("empty");
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return new TestDatabase(ConnectionStringFor(name), () => DropAsync(name));
    }

    internal static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, Pooling = true }.ConnectionString;

    private static async Task<string> CreateTemplateAsync()
    {
        var name = NewName("template");
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        var connectionString = ConnectionStringFor(name);
        await using (var db = new PlacementDbContext(new DbContextOptionsBuilder<PlacementDbContext>().UseNpgsql(connectionString).Options))
        {
            await db.Database.MigrateAsync();
        }

        // A template may have no open sessions while it is copied.
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropAsync(name).GetAwaiter().GetResult();
        return name;
    }

    private static async Task DropAsync(string database)
    {
        await using (var connection = new NpgsqlConnection(ConnectionStringFor(database)))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private static string NewName(string kind) => $"placement_{kind}_{Guid.NewGuid():N}";

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
