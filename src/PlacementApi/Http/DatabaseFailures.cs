using Npgsql;

namespace Placement.Api.Http;

/// <summary>
/// What a failure of PostgreSQL means for the caller, found anywhere in the exception's chain (EF
/// wraps Npgsql's exceptions in its own).
/// </summary>
internal enum DatabaseFailure
{
    None,

    /// <summary>No connection, a broken one, a server shutting down, or no free connection in time.</summary>
    Unavailable,

    /// <summary>Serialization failures or deadlocks that every retry met again.</summary>
    Contention,
}

internal static class DatabaseFailures
{
    public static DatabaseFailure Of(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected }:
                    return DatabaseFailure.Contention;
                case PostgresException postgres:
                    // Class 08 connection exceptions, 57P0x shutdowns, too many connections; any other SQL error is ours (500).
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57P0", StringComparison.Ordinal)
                        || postgres.SqlState == PostgresErrorCodes.TooManyConnections
                        ? DatabaseFailure.Unavailable
                        : DatabaseFailure.None;
                case NpgsqlException { IsTransient: true }:
                case TimeoutException:
                    return DatabaseFailure.Unavailable;
            }
        }

        return DatabaseFailure.None;
    }
}
