using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Placement.Persistence.Tests;

/// <summary>The one retry policy of writes, against real PostgreSQL errors.</summary>
public sealed class TransactionsTests : DatabaseTest
{
    /// <summary>PostgreSQL itself raises the error, as it would for a real conflict.</summary>
    private const string RaiseSerializationFailure =
        "DO $$ BEGIN RAISE EXCEPTION 'could not serialize access' USING ERRCODE = 'serialization_failure'; END $$";

    [Fact]
    public async Task Run_SerializationFailureOnce_RetriedWithOneLogLine()
    {
        var logs = new LogLines();
        await using var db = Context(logs);
        var attempts = 0;

        var result = await Transactions.RunAsync(db, async () =>
        {
            if (++attempts == 1)
            {
                await db.Database.ExecuteSqlRawAsync(RaiseSerializationFailure);
            }

            return attempts;
        }, default);

        result.ShouldBe(2);
        logs.Lines.ShouldHaveSingleItem().ShouldStartWith("Warning: Transaction retried (attempt 2 after ");
        logs.Lines[0].ShouldEndWith("SQLSTATE 40001");
    }

    [Fact]
    public async Task Run_SerializationFailureEveryTime_ThrowsAfterMaxAttempts()
    {
        var logs = new LogLines();
        await using var db = Context(logs);
        var attempts = 0;

        var failure = await Should.ThrowAsync<PostgresException>(() => Transactions.RunAsync(db, async () =>
        {
            attempts++;
            await db.Database.ExecuteSqlRawAsync(RaiseSerializationFailure);
            return 0;
        }, default));

        failure.SqlState.ShouldBe(PostgresErrorCodes.SerializationFailure);
        attempts.ShouldBe(Transactions.MaxAttempts);
        logs.Lines.Count.ShouldBe(Transactions.MaxAttempts - 1);
    }

    [Fact]
    public async Task Run_OtherError_NotRetried()
    {
        await using var db = Context(new LogLines());
        var attempts = 0;

        await Should.ThrowAsync<PostgresException>(() => Transactions.RunAsync(db, async () =>
        {
            attempts++;
            await db.Database.ExecuteSqlRawAsync("SELECT 1 / 0");
            return 0;
        }, default));

        attempts.ShouldBe(1);
    }

    private PlacementDbContext Context(LogLines logs) =>
        new(new DbContextOptionsBuilder<PlacementDbContext>()
            .UseNpgsql(Database.ConnectionString)
            .UseLoggerFactory(LoggerFactory.Create(b => b.AddProvider(logs)))
            .Options);

    /// <summary>The lines written under the transactions' category, as "Level: message".</summary>
    private sealed class LogLines : ILoggerProvider, ILogger
    {
        private readonly ConcurrentQueue<string> lines = new();

        public IReadOnlyList<string> Lines => [.. lines];

        public ILogger CreateLogger(string categoryName) => categoryName == typeof(Transactions).FullName ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel}: {formatter(state, exception)}");

        public void Dispose()
        {
        }
    }
}
