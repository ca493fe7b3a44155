using Microsoft.EntityFrameworkCore;
using Placement.Persistence.Hosts;

namespace Placement.Persistence;

public sealed class PlacementDbContext(DbContextOptions<PlacementDbContext> options) : DbContext(options)
{
    public DbSet<HostRow> Hosts => Set<HostRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Exclusion constraints on (host, range) need GiST operators for plain equality.
        modelBuilder.HasPostgresExtension("btree_gist");
        // Generations are never reused, not even by a host deleted and created again (ADR 0004).
        modelBuilder.HasSequence<long>(HostStore.GenerationSequence);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlacementDbContext).Assembly);
    }
}
