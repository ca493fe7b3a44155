using Placement.Domain.Inventory;
using Placement.Persistence.Hosts;

namespace Placement.Persistence.Tests;

public sealed class HostStoreTests : DatabaseTest
{
    private static readonly HostName Name = HostName.Parse("xen-1");

    [Fact]
    public async Task Save_NewThenAgain_CreatedAtOneThenReplacedAtTwo()
    {
        var first = await WithStoreAsync(s => s.SaveAsync(Name, Inventory(devices: 3), HostPrecondition.None, default));
        Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await WithStoreAsync(s => s.SaveAsync(Name, Inventory(devices: 1), HostPrecondition.AtGeneration(1), default));

        first.Status.ShouldBe(HostWriteStatus.Created);
        first.Host!.Generation.ShouldBe(1);
        second.Status.ShouldBe(HostWriteStatus.Replaced);
        second.Host!.Generation.ShouldBe(2);
        var stored = await WithStoreAsync(s => s.FindAsync(Name, default));
        stored!.Inventory.Devices.Count.ShouldBe(1);
        stored.CreatedAt.ShouldBe(first.Host.CreatedAt);
        stored.UpdatedAt.ShouldBe(first.Host.CreatedAt.AddMinutes(5));
    }

    [Theory]
    [InlineData(true, 7L)]
    [InlineData(false, null)]
    public async Task Save_PreconditionNotMet_NothingWritten(bool exists, long? expected)
    {
        if (exists)
        {
            await WithStoreAsync(s => s.SaveAsync(Name, Inventory(devices: 2), HostPrecondition.None, default));
        }

        var precondition = exists ? HostPrecondition.AtGeneration(expected!.Value) : HostPrecondition.MustExist;
        var write = await WithStoreAsync(s => s.SaveAsync(Name, Inventory(devices: 5), precondition, default));

        write.Status.ShouldBe(HostWriteStatus.PreconditionFailed);
        write.CurrentGeneration.ShouldBe(exists ? 1 : null);
        var stored = await WithStoreAsync(s => s.FindAsync(Name, default));
        (stored?.Inventory.Devices.Count).ShouldBe(exists ? 2 : null);
    }

    [Fact]
    public async Task Save_MustNotExistOnExistingHost_PreconditionFailed()
    {
        await WithStoreAsync(s => s.SaveAsync(Name, Inventory(), HostPrecondition.None, default));

        var write = await WithStoreAsync(s => s.SaveAsync(Name, Inventory(), HostPrecondition.MustNotExist, default));

        write.Status.ShouldBe(HostWriteStatus.PreconditionFailed);
        write.CurrentGeneration.ShouldBe(1);
    }

    [Fact]
    public async Task Delete_ExistingThenAgain_DeletedThenNotFound()
    {
        await WithStoreAsync(s => s.SaveAsync(Name, Inventory(), HostPrecondition.None, default));

        var first = await WithStoreAsync(s => s.DeleteAsync(Name, HostPrecondition.None, default));
        var second = await WithStoreAsync(s => s.DeleteAsync(Name, HostPrecondition.None, default));

        first.Status.ShouldBe(HostWriteStatus.Deleted);
        second.Status.ShouldBe(HostWriteStatus.NotFound);
        (await WithStoreAsync(s => s.FindAsync(Name, default))).ShouldBeNull();
    }

    [Fact]
    public async Task Save_ParallelWritersOfNewHost_OneCreatesOthersReplaceNoUpdateLost()
    {
        const int writers = 16;

        var writes = await Task.WhenAll(Enumerable.Range(1, writers).Select(i =>
            Task.Run(() => WithStoreAsync(s => s.SaveAsync(Name, Inventory(devices: i), HostPrecondition.None, default)))));

        writes.Count(w => w.Status == HostWriteStatus.Created).ShouldBe(1);
        writes.Count(w => w.Status == HostWriteStatus.Replaced).ShouldBe(writers - 1);
        var generations = writes.Select(w => w.Host!.Generation).ToList();
        generations.Distinct().Count().ShouldBe(writers);
        writes.Single(w => w.Status == HostWriteStatus.Created).Host!.Generation.ShouldBe(generations.Min());
        var stored = await WithStoreAsync(s => s.FindAsync(Name, default));
        stored!.Generation.ShouldBe(generations.Max());
        var last = writes.Single(w => w.Host!.Generation == generations.Max());
        stored.Inventory.Devices.Count.ShouldBe(last.Host!.Inventory.Devices.Count);
    }

    [Fact]
    public async Task Save_ParallelWritersAtSameGeneration_ExactlyOneWins()
    {
        await WithStoreAsync(s => s.SaveAsync(Name, Inventory(), HostPrecondition.None, default));

        var writes = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            Task.Run(() => WithStoreAsync(s => s.SaveAsync(Name, Inventory(devices: i), HostPrecondition.AtGeneration(1), default)))));

        writes.Count(w => w.Status == HostWriteStatus.Replaced).ShouldBe(1);
        writes.Count(w => w.Status == HostWriteStatus.PreconditionFailed && w.CurrentGeneration == 2).ShouldBe(7);
    }

    [Fact]
    public async Task Save_StaleGenerationAfterDeleteAndCreateAgain_PreconditionFailed()
    {
        var first = await WithStoreAsync(s => s.SaveAsync(Name, Inventory(devices: 1), HostPrecondition.None, default));
        await WithStoreAsync(s => s.DeleteAsync(Name, HostPrecondition.None, default));
        var again = await WithStoreAsync(s => s.SaveAsync(Name, Inventory(devices: 2), HostPrecondition.None, default));

        var stale = await WithStoreAsync(s => s.SaveAsync(Name, Inventory(devices: 3), HostPrecondition.AtGeneration(first.Host!.Generation), default));

        again.Host!.Generation.ShouldNotBe(first.Host!.Generation);
        stale.Status.ShouldBe(HostWriteStatus.PreconditionFailed);
        (await WithStoreAsync(s => s.FindAsync(Name, default)))!.Inventory.Devices.Count.ShouldBe(2);
    }
}
