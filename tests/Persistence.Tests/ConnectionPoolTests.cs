using Npgsql;

namespace Placement.Persistence.Tests;

/// <summary>An instance's pool is 20 connections unless its connection string names a size, under any of Npgsql's spellings.</summary>
public sealed class ConnectionPoolTests
{
    private const string Base = "Host=db;Database=placement;Username=placement";

    [Fact]
    public void ApplyDefault_NoPoolSizeInTheString_Twenty()
    {
        var connection = new NpgsqlConnectionStringBuilder(Base);

        ConnectionPool.ApplyDefault(connection, Base);

        connection.MaxPoolSize.ShouldBe(ConnectionPool.DefaultMaxPoolSize);
        connection.MaxPoolSize.ShouldBe(20);
    }

    [Theory]
    [InlineData("Maximum Pool Size=7")]
    [InlineData("MaxPoolSize=7")]
    [InlineData("maximum pool size=7")]
    public void ApplyDefault_PoolSizeInTheString_Kept(string setting)
    {
        var given = $"{Base};{setting}";
        var connection = new NpgsqlConnectionStringBuilder(given);

        ConnectionPool.ApplyDefault(connection, given);

        connection.MaxPoolSize.ShouldBe(7);
    }

    [Fact]
    public void ApplyDefault_PoolSizeOfNpgsqlsDefaultNamed_Kept()
    {
        var given = $"{Base};Maximum Pool Size=100";
        var connection = new NpgsqlConnectionStringBuilder(given);

        ConnectionPool.ApplyDefault(connection, given);

        connection.MaxPoolSize.ShouldBe(100);
    }
}
