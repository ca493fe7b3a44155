using Microsoft.EntityFrameworkCore;
using Placement.Persistence;

namespace Placement.TestSupport;

/// <summary>A migrated database of its own for one test (class); dropped on dispose.</summary>
public sealed class TestDatabase(string connectionString, Func<Task> drop) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    public PlacementDbContext NewContext() =>
        new(new DbContextOptionsBuilder<PlacementDbContext>().UseNpgsql(ConnectionString).Options);

    public async ValueTask DisposeAsync() => await drop();
}
