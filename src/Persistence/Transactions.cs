using Npgsql;

namespace Placement.Persistence;

/// <summary>
/// Runs a unit of work in one transaction, again from the start when PostgreSQL says a concurrent
/// one got in the way: a serialization failure, a deadlock, or a unique index or exclusion
/// constraint that a racing writer filled first (the retry then sees that writer's row and
/// answers accordingly). Bounded: after <see cref="MaxAttempts"/> the error goes to the caller.
/// </summary>
internal static class Transactions
{
    public const int MaxAttempts = 4;

    public static async Task<T> RunAsync<T>(PlacementDbContext db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var result = await work();
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception e) when (attempt < MaxAttempts && IsRetryable(e))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static bool IsRetryable(Exception e) => e is StaleReadException || IsRetryableInDatabase(e);

    private static bool IsRetryableInDatabase(Exception e) => (e as PostgresException ?? e.InnerException as PostgresException)?.SqlState
        is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.UniqueViolation
            or PostgresErrorCodes.ExclusionViolation;
}

/// <summary>What a write read before taking its locks has changed meanwhile: it runs again from the start.</summary>
internal sealed class StaleReadException(string message) : Exception(message);
