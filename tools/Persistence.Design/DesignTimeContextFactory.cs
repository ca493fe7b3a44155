using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Placement.Persistence.Design;

/// <summary>Lets `dotnet ef` build the model; the connection is used only by `database update`.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<PlacementDbContext>
{
    public PlacementDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PlacementDbContext>()
            .UseNpgsql(Environment.GetEnvironmentVariable("ConnectionStrings__Placement") ?? "Host=127.0.0.1;Database=placement_design")
            .Options);
}
