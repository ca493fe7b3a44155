using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Npgsql;
using Polly;
using Polly.Retry;

namespace Placement.Persistence;

/// <summary>
/// Runs a unit of work in one transaction, again from the start when PostgreSQL says a concurrent
/// one got in the way: a serialization failure, a deadlock, or a unique index or exclusion
/// constraint that a racing writer filled first (the retry then sees that writer's row and
/// answers accordingly). Bounded: after <see cref="MaxAttempts"/> the error goes to the caller.
/// Retries wait a short exponential backoff with jitter, so that racing writers do not meet
/// again in step, and each writes a log line. A lost connection is not retried: whether its
/// commit happened is unknown, and the caller answers that the database is unavailable.
/// </summary>
internal static partial class Transactions
{
    public const int MaxAttempts = 4;

    private static readonly ResiliencePropertyKey<PlacementDbContext> Context = new("placement.db");

    private static readonly ResiliencePipeline Pipeline = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = MaxAttempts - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(10),
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsRetryable),
            OnRetry = arguments =>
            {
                var db = arguments.Context.Properties.GetValue(Context, null!);
                db.ChangeTracker.Clear();
                LogRetry(
                    db.GetService<ILoggerFactory>().CreateLogger(typeof(Transactions).FullName!),
                    arguments.AttemptNumber + 2,
                    arguments.RetryDelay.TotalMilliseconds,
                    Reason(arguments.Outcome.Exception!));
                return ValueTask.CompletedTask;
            },
        })
        .Build();

    public static async Task<T> RunAsync<T>(PlacementDbContext db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(Context, db);
        try
        {
            return await Pipeline.ExecuteAsync(
                async (_, state) =>
                {
                    await using var transaction = await state.db.Database.BeginTransactionAsync(state.cancellationToken);
                    var result = await state.work();
                    await transaction.CommitAsync(state.cancellationToken);
                    return result;
                },
                context,
                (db, work, cancellationToken));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static bool IsRetryable(Exception e) => e is StaleReadException || SqlState(e)
        is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.UniqueViolation
            or PostgresErrorCodes.ExclusionViolation;

    private static string? SqlState(Exception e) => (e as PostgresException ?? e.InnerException as PostgresException)?.SqlState;

    private static string Reason(Exception e) => SqlState(e) is { } state ? $"SQLSTATE {state}" : e.Message;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transaction retried (attempt {Attempt} after {DelayMs:0.0} ms): {Reason}")]
    private static partial void LogRetry(ILogger logger, int attempt, double delayMs, string reason);
}

/// <summary>What a write read before taking its locks has changed meanwhile: it runs again from the start.</summary>
internal sealed class StaleReadException(string message) : Exception(message);
