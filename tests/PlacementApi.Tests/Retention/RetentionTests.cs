using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Placement.Api.Retention;
using Placement.Api.Tests.Infrastructure;
using Placement.Persistence.Domains;
using Placement.Persistence.Placements;
using Placement.TestSupport;

namespace Placement.Api.Tests.Retention;

/// <summary>
/// Refusals live 30 days and idempotency keys 24 hours (the defaults): after the job runs, older
/// records are gone and newer ones stay, in the database and in the answers.
/// </summary>
public sealed class RetentionTests : ApiTest
{
    private const string Host = "xen-1";

    private static DateTimeOffset Now => TestClock.Start;

    [Fact]
    public async Task RunOnce_RecordsOlderThanTheirRetention_DeletedNewerKept()
    {
        await SeedAsync();

        await Job.RunOnceAsync(CancellationToken.None);

        await ShouldHoldOnlyTheNewerAsync();
    }

    [Fact]
    public async Task Job_IntervalPassesOnTheServicesClock_RecordsOlderThanTheirRetentionDeleted()
    {
        // The run at start found nothing; the seeded records are older than their retention from the start.
        await WaitForRunsAsync(1);
        await SeedAsync();

        Api.Clock.Advance(TimeSpan.FromMinutes(10));
        await WaitForRunsAsync(2);

        await ShouldHoldOnlyTheNewerAsync();
    }

    private RetentionJob Job => Api.Services.GetRequiredService<RetentionJob>();

    private async Task WaitForRunsAsync(int runs)
    {
        for (var i = 0; i < 200 && Job.Runs < runs; i++)
        {
            await Task.Delay(50);
        }

        Job.Runs.ShouldBeGreaterThanOrEqualTo(runs);
    }

    private async Task SeedAsync()
    {
        await using var db = Api.Database.NewContext();
        foreach (var (name, days) in new[] { ("vm-old", 31), ("vm-new", 29) })
        {
            var at = Now.AddDays(-days);
            db.Add(new AssignmentEventRow { HostName = Host, DomainName = name, Kind = "refused", Findings = "[]", Request = null, At = at });
            db.Add(new PlacementRefusalRow { Name = name, Settings = "{}", Placement = "{}", Rejected = "{}", At = at });
        }

        db.Add(new IdempotencyKeyRow { Caller = "test-admin", Key = "old", RequestHash = "h", Outcome = "{}", CreatedAt = Now.AddHours(-25) });
        db.Add(new IdempotencyKeyRow { Caller = "test-admin", Key = "new", RequestHash = "h", Outcome = "{}", CreatedAt = Now.AddHours(-23) });
        await db.SaveChangesAsync();
    }

    private async Task ShouldHoldOnlyTheNewerAsync()
    {
        await using var db = Api.Database.NewContext();
        (await db.Set<AssignmentEventRow>().Select(e => e.DomainName).ToListAsync()).ShouldBe(["vm-new"]);
        (await db.Set<PlacementRefusalRow>().Select(r => r.Name).ToListAsync()).ShouldBe(["vm-new"]);
        (await db.Set<IdempotencyKeyRow>().Select(k => k.Key).ToListAsync()).ShouldBe(["new"]);
    }
}
