using System.Data.Common;
using Npgsql;

namespace Placement.Persistence;

/// <summary>
/// The size of each instance's connection pool. Npgsql's default (100) lets two instances take every
/// connection of a default PostgreSQL (max_connections 100), and the third request past it fails
/// with 53300; so an instance opens at most <see cref="DefaultMaxPoolSize"/> unless the connection
/// string says otherwise (README, Scaling: N × pool + reserve ≤ max_connections).
/// </summary>
public static class ConnectionPool
{
    /// <summary>Above the concurrent requests an instance runs (16), with room for readiness probes.</summary>
    public const int DefaultMaxPoolSize = 20;

    /// <summary>The pool size unless the connection string names one (under any of Npgsql's spellings).</summary>
    public static void ApplyDefault(NpgsqlConnectionStringBuilder connection, string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var named = given.Keys.Cast<string>()
            .Select(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant())
            .Any(k => k is "MAXIMUMPOOLSIZE" or "MAXPOOLSIZE");
        if (!named)
        {
            connection.MaxPoolSize = DefaultMaxPoolSize;
        }
    }
}
