using Npgsql;

namespace Placement.Api.Hosting;

/// <summary>
/// The one setting the service cannot start without: <c>ConnectionStrings:Placement</c>. Read before
/// anything is built, so that a missing or malformed one stops the process with one line naming the
/// setting (and how to set it) instead of a stack trace.
/// </summary>
public static class DatabaseSettings
{
    /// <summary>The exit code of a start refused for its configuration: EX_CONFIG of sysexits.h.</summary>
    public const int ConfigurationError = 78;

    public const string Setting = "ConnectionStrings:" + ServiceSetup.ConnectionStringName;

    private const string HowToSet = "set it to a PostgreSQL connection string in appsettings.json or in the environment variable " +
        "ConnectionStrings__" + ServiceSetup.ConnectionStringName + " (for example Host=db.example;Database=placement;Username=placement;Password=...)";

    /// <summary>What is wrong with the connection string, in one line; null when it can be used.</summary>
    public static string? Problem(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ServiceSetup.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return $"The service cannot start: {Setting} is not set; {HowToSet}.";
        }

        string? reason;
        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(connectionString);
            reason = string.IsNullOrWhiteSpace(parsed.Host) ? "it names no Host" : null;
        }
        catch (ArgumentException e)
        {
            // Npgsql's words name the keyword or the position, never a value: no password reaches the line.
            reason = e.Message.ReplaceLineEndings(" ");
        }
        catch (FormatException e)
        {
            reason = e.Message.ReplaceLineEndings(" ");
        }

        return reason is null ? null : $"The service cannot start: {Setting} is malformed ({reason}); {HowToSet}.";
    }
}
