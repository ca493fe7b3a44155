using Microsoft.EntityFrameworkCore;

namespace Placement.Persistence.Tests;

public sealed class MigrationTests : DatabaseTest
{
    [Fact]
    public async Task Migrations_OnFreshDatabase_AllApplied()
    {
        await using var db = Database.NewContext();

        var applied = await db.Database.GetAppliedMigrationsAsync();

        applied.ShouldBe(db.Database.GetMigrations());
        applied.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Model_ComparedWithLastMigration_HasNoPendingChanges()
    {
        await using var db = Database.NewContext();

        db.Database.HasPendingModelChanges().ShouldBeFalse("the model changed without a migration: add one (tools/README.md)");
    }
}
