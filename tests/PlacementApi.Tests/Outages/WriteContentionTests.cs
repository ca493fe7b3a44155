using System.Net;
using Placement.Api.Tests.Concurrency;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Outages;

/// <summary>A write that meets a serialization failure on every attempt: 503 once its retries are spent, and nothing written.</summary>
public sealed class WriteContentionTests : ApiTest
{
    [Fact]
    public async Task Put_SerializationFailureEveryAttempt_ServiceUnavailableAndNothingWritten()
    {
        // PostgreSQL itself refuses every insert of a host, as it would a transaction that lost a conflict.
        await using (var sql = new Npgsql.NpgsqlConnection(Api.Database.ConnectionString))
        {
            await sql.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("""
            CREATE FUNCTION refuse_host() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'could not serialize access' USING ERRCODE = 'serialization_failure'; END $$;
            CREATE TRIGGER refuse_host BEFORE INSERT ON hosts FOR EACH ROW EXECUTE FUNCTION refuse_host();
            """, sql);
            await command.ExecuteNonQueryAsync();
        }

        using var put = await Client.PutHostAsync(RaceHost.Name, RaceHost.Inventory(devices: 1));

        await put.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "database-contention");
        put.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(1));
        await Client.ShouldNotExistAsync(RaceHost.Name);
    }
}
